// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "command.h"

namespace Ss::Packer {

//! `cat FILE DOC-ID [--lang ko|en] [--text]`: a document's stored page (or its indexed text).
class CatCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("cat"); }
    QString summary() const override
    {
        return QStringLiteral("Print a document's stored HTML page, or with --text its plain text.\n"
                              "DOC-ID may also be the name of any stored file. Exit status 1: not found.");
    }

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
    int minArguments() const override { return 2; }
};

} // namespace Ss::Packer
