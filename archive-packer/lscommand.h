// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "command.h"

namespace Ss::Packer {

//! `ls FILE [--lang ko|en] [--files]`: the document tree, or every stored file.
class LsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ls"); }
    QString summary() const override
    {
        return QStringLiteral("List an archive's documents as a tree (id, kind, title), or with --files every stored file.");
    }

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Ss::Packer
