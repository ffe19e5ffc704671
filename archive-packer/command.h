// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Ss::Core {
class ArchiveReader;
}

namespace Ss::Packer {

//! Exit codes of seoulsolution-archive (documented in README and --help).
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,       // verify found problems; a document or result was not found
    ExitSourceErrors = 2, // build: the source has errors (all printed as file:line: message)
    ExitBadArchive = 3,   // the archive cannot be opened
    ExitUsage = 64,       // wrong command line
};

/*! \brief A subcommand of seoulsolution-archive: parses its own options and runs.
 *
 * run() writes requested output to \a out and everything else (errors, progress) to \a err. */
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

protected:
    //! Adds options and positional arguments to \a parser.
    virtual void configure(QCommandLineParser &parser) = 0;
    //! Runs with a parsed command line; positional arguments already counted by minArguments().
    virtual int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;
    virtual int minArguments() const { return 1; }
    //! Opens the archive named by the first positional argument, printing the error if it fails.
    static bool openArchive(Core::ArchiveReader &reader, const QString &path, QTextStream &err);
};

} // namespace Ss::Packer
