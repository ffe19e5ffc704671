// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "command.h"

#include <core/archive/archivereader.h>

#include <QCoreApplication>

namespace Ss::Packer {

int Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    configure(parser);
    if (!parser.parse(QStringList{QStringLiteral("seoulsolution-archive ") + name()} + arguments)) {
        err << "seoulsolution-archive " << name() << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    // helpText() names the program by the path it was started with and leaves the command out.
    auto helpText = [&] {
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const QString prefix = QStringLiteral("Usage: ");
        if (!program.isEmpty() && text.startsWith(prefix + program))
            text.replace(prefix.size(), program.size(), QStringLiteral("seoulsolution-archive ") + name());
        return text;
    };
    if (parser.isSet(help)) {
        out << helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() < minArguments()) {
        err << "seoulsolution-archive " << name() << ": missing arguments\n" << helpText();
        return ExitUsage;
    }
    return execute(parser, out, err);
}

bool Command::openArchive(Core::ArchiveReader &reader, const QString &path, QTextStream &err)
{
    if (reader.open(path))
        return true;
    err << path << ": " << reader.errorString() << '\n';
    err.flush();
    return false;
}

} // namespace Ss::Packer
