// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "buildcommand.h"

#include "archivebuilder.h"
#include "progressbar.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace Ss::Packer {

void BuildCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("The source folder (archive.yaml, content/, static/)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The archive to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("html"), QStringLiteral("SOURCE is a plain folder of HTML pages and their files.")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("With --html: the pages' language (default en)."),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("With --html: the archive's title."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("With --html: the archive's id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress bar and no summary.")});
}

int BuildCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    BuildOptions options;
    options.source = parser.positionalArguments().constFirst();
    options.output = parser.value(QStringLiteral("output"));
    if (options.output.isEmpty()) {
        err << "seoulsolution-archive build: -o FILE is required\n";
        return ExitUsage;
    }
    options.isHtmlFolder = parser.isSet(QStringLiteral("html"));
    options.htmlLanguage = parser.value(QStringLiteral("lang"));
    options.htmlTitle = parser.value(QStringLiteral("title"));
    options.htmlId = parser.value(QStringLiteral("id"));
    // Reproducible builds: the time stored in the archive comes from SOURCE_DATE_EPOCH, not the clock.
    options.mtime = qEnvironmentVariableIntValue("SOURCE_DATE_EPOCH");
    if (!QFileInfo(options.source).isDir()) {
        err << options.source << ": no such folder\n";
        return ExitUsage;
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    ArchiveBuilder builder(options, &diagnostics);
    ProgressBar bar(err);
    if (!quiet && bar.isTerminal())
        builder.setProgress([&](int done, int total) { bar.update(done, total); });
    const bool ok = builder.build();
    bar.finish();
    diagnostics.print(err);
    if (!ok) {
        if (diagnostics.hasErrors()) {
            err << diagnostics.errorCount() << " error(s), " << diagnostics.warningCount()
                << " warning(s); no archive was written\n";
            return ExitSourceErrors;
        }
        err << "seoulsolution-archive build: " << builder.errorString() << '\n';
        return ExitFailed;
    }
    if (!quiet) {
        err << "Packed " << builder.documentCount() << " documents into " << options.output << " ("
            << QFileInfo(options.output).size() / 1024 << " KiB) in " << timer.elapsed() << " ms; "
            << diagnostics.warningCount() << " warning(s)\n";
    }
    Q_UNUSED(out);
    return ExitOk;
}

} // namespace Ss::Packer
