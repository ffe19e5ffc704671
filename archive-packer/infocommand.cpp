// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "infocommand.h"

#include <core/archive/archivereader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Ss::Packer {

void InfoCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The archive."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

int InfoCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Core::ArchiveReader reader;
    if (!openArchive(reader, parser.positionalArguments().constFirst(), err))
        return ExitBadArchive;
    const Core::ArchiveMetadata &m = reader.metadata();
    QMap<QString, int> kinds;
    for (const Core::ArchiveNode &node : reader.nodes())
        ++kinds[node.isFolder ? QStringLiteral("folder") : node.kind];
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("version"), m.version);
        o.insert(QStringLiteral("format_version"), m.formatVersion);
        o.insert(QStringLiteral("created"), m.created);
        o.insert(QStringLiteral("publisher"), m.publisher);
        o.insert(QStringLiteral("languages"), QJsonArray::fromStringList(m.languages));
        o.insert(QStringLiteral("default_language"), m.defaultLanguage);
        QJsonObject titles;
        for (auto it = m.titles.cbegin(); it != m.titles.cend(); ++it)
            titles.insert(it.key(), it.value());
        o.insert(QStringLiteral("title"), titles);
        QJsonObject counts;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            counts.insert(it.key(), it.value());
        o.insert(QStringLiteral("nodes"), counts);
        out << QJsonDocument(o).toJson();
        return ExitOk;
    }
    out << "id:             " << m.id << '\n'
        << "version:        " << m.version << '\n'
        << "format version: " << m.formatVersion << '\n'
        << "created:        " << m.created << '\n'
        << "publisher:      " << m.publisher << '\n'
        << "generator:      " << m.generator << '\n'
        << "languages:      " << m.languages.join(QStringLiteral(", ")) << " (default " << m.defaultLanguage << ")\n";
    for (auto it = m.titles.cbegin(); it != m.titles.cend(); ++it)
        out << "title." << it.key() << ":       " << it.value() << '\n';
    out << "nodes:          " << reader.nodes().size() << '\n';
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    return ExitOk;
}

} // namespace Ss::Packer
