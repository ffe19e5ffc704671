// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "command.h"

namespace Ss::Packer {

//! `build SOURCE -o FILE` and `build --html DIR -o FILE`.
class BuildCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override
    {
        return QStringLiteral("Pack a content source folder (or, with --html, a folder of HTML pages) into an archive.\n"
                              "Exit status: 0 built, 2 the source has errors (every one is printed as file:line: "
                              "message), 1 the archive could not be written, 64 usage.");
    }

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Ss::Packer
