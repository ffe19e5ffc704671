// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "catcommand.h"

#include <core/archive/archivereader.h>

#include <QFile>

namespace Ss::Packer {

void CatCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The archive."));
    parser.addPositionalArgument(QStringLiteral("DOC-ID"), QStringLiteral("A document id, or a stored file's name."));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language (ko, en)."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("Print the plain text that was indexed.")});
}

int CatCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Core::ArchiveReader reader;
    if (!openArchive(reader, parser.positionalArguments().constFirst(), err))
        return ExitBadArchive;
    const QString id = parser.positionalArguments().at(1);
    const QString fallback = reader.metadata().defaultLanguage;
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : fallback;
    const int node = reader.indexOf(id);
    QString name = id;
    if (node >= 0) {
        const QString use = reader.nodes().at(node).languageFor(lang, fallback);
        if (use != lang)
            err << id << ": no '" << lang << "' version; showing '" << use << "'\n";
        if (parser.isSet(QStringLiteral("text"))) {
            const auto text = reader.plainText(node, use);
            if (!text) {
                err << id << ": no text\n";
                return ExitFailed;
            }
            out << *text << '\n';
            return ExitOk;
        }
        name = reader.nodes().at(node).texts.value(use).path;
    }
    const auto data = reader.readFile(name);
    if (!data) {
        err << id << ": no such document or file\n";
        return ExitFailed;
    }
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return ExitFailed;
    stdoutFile.write(*data);
    return ExitOk;
}

} // namespace Ss::Packer
