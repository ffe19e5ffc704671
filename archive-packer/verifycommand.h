// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "command.h"

namespace Ss::Packer {

//! `verify FILE`: every hash, the schema, integrity_check and the search index.
class VerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QStringLiteral("Check an archive completely: schema, SQLite integrity, search index and the SHA-256 "
                              "of every entry.\nExit status: 0 good, 1 problems found, 3 cannot be opened.");
    }

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Ss::Packer
