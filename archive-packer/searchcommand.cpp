// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchcommand.h"

#include <core/archive/archivereader.h>
#include <core/search/searchengine.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Ss::Packer {

void SearchCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The archive."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to search for."));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Only this language (ko, en)."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 10)."), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("section"), QStringLiteral("Only this section or folder (a doc id prefix)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("Only this kind (manual, content, city, activity, page)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

int SearchCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Core::ArchiveReader reader;
    if (!openArchive(reader, parser.positionalArguments().constFirst(), err))
        return ExitBadArchive;
    // Query strings from the command line arrive in the locale's encoding; Qt decodes them with
    // replacement characters for invalid bytes, which the query parser treats as separators.
    const QString query = parser.positionalArguments().mid(1).join(u' ');
    Core::SearchOptions options;
    options.language = parser.value(QStringLiteral("lang"));
    options.uiLanguage = options.language.isEmpty() ? reader.metadata().defaultLanguage : options.language;
    options.section = parser.value(QStringLiteral("section"));
    options.kind = parser.value(QStringLiteral("kind"));
    options.limit = qBound(1, parser.value(QStringLiteral("limit")).toInt(), 1000);
    options.snippets = options.limit;
    Core::SearchEngine engine(&reader);
    const Core::SearchResults results = engine.search(query, options);
    if (results.status == Core::SearchResults::Status::IndexDamaged
        || results.status == Core::SearchResults::Status::TooComplex) {
        err << results.message << '\n';
        return 4;
    }
    static const QRegularExpression tags(QStringLiteral("</?mark>"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray hits;
        for (const Core::SearchHit &h : results.hits) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), h.docId);
            o.insert(QStringLiteral("lang"), h.lang);
            o.insert(QStringLiteral("title"), h.title);
            o.insert(QStringLiteral("kind"), h.kind);
            o.insert(QStringLiteral("section"), h.section);
            o.insert(QStringLiteral("area"), h.area);
            o.insert(QStringLiteral("score"), h.score);
            o.insert(QStringLiteral("snippet"), h.snippetHtml);
            hits.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("query"), query);
        root.insert(QStringLiteral("hits"), hits);
        out << QJsonDocument(root).toJson();
    } else {
        for (const Core::SearchHit &h : results.hits) {
            out << h.docId << "  [" << h.lang << "]  " << h.title << '\n';
            if (!h.snippetHtml.isEmpty()) {
                QString plain = h.snippetHtml;
                plain.replace(tags, QStringLiteral("*"));
                plain.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                    .replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
                out << "    " << plain << '\n';
            }
        }
        if (results.hits.isEmpty())
            err << "no results\n";
    }
    return results.hits.isEmpty() ? ExitFailed : ExitOk;
}

} // namespace Ss::Packer
