// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "command.h"

namespace Ss::Packer {

//! `search FILE QUERY [--lang ko|en] [--limit N] [--json]`: the app's search, from the command line.
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return QStringLiteral("Search an archive as the app does: quoted phrases, -exclude, OR; Korean word forms.\n"
                              "Exit status: 0 hits found, 1 no hits, 3 cannot open, 4 the index is damaged or the "
                              "query took too long.");
    }

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
    int minArguments() const override { return 2; }
};

} // namespace Ss::Packer
