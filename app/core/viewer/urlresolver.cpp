// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "urlresolver.h"

#include "pagecomposer.h"
#include "archive/archivereader.h"

#include <QRegularExpression>
#include <QUrl>

namespace Ss::Core {

UrlResolver::UrlResolver(ArchiveReader *reader, PageComposer *composer, QHash<QString, QByteArray> appAssets)
    : m_reader(reader), m_composer(composer), m_appAssets(std::move(appAssets))
{
}

QString UrlResolver::normalize(const QString &encodedPath)
{
    if (encodedPath.size() > 2048)
        return {};
    QString path = QUrl::fromPercentEncoding(encodedPath.toUtf8()); // exactly once
    if (path.contains(QChar::ReplacementCharacter) || path.contains(QChar(0)) || path.contains(u'\\'))
        return {};
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty())
        return {};
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return {};
    }
    return path;
}

ResolvedUrl UrlResolver::resolve(const QString &encodedPath) const
{
    ResolvedUrl result;
    const QString name = normalize(encodedPath);
    if (name.isEmpty() || !m_reader || !m_reader->isOpen())
        return result;
    if (name.startsWith(u"_app/")) {
        const auto it = m_appAssets.constFind(name.mid(5));
        if (it != m_appAssets.cend()) {
            result.status = ResolvedUrl::Status::Ok;
            result.data = *it;
            result.mime = name.endsWith(u".css") ? "text/css" : name.endsWith(u".svg") ? "image/svg+xml" : "application/octet-stream";
        }
        return result;
    }
    static const QRegularExpression homePattern(QStringLiteral("^index\\.([a-z]{2})\\.html$"));
    if (const auto match = homePattern.match(name); match.hasMatch()) {
        result.status = ResolvedUrl::Status::Ok;
        result.data = m_composer->homePage(match.captured(1));
        result.mime = "text/html";
        return result;
    }
    static const QRegularExpression pagePattern(QStringLiteral("^(.+)/index\\.([a-z]{2})\\.html$"));
    if (const auto match = pagePattern.match(name); match.hasMatch()) {
        const int node = m_reader->indexOf(match.captured(1));
        if (node >= 0) {
            const auto page = m_composer->compose(node, match.captured(2));
            if (page) {
                result.status = ResolvedUrl::Status::Ok;
                result.data = *page;
                result.mime = "text/html";
                result.node = node;
            }
            return result;
        }
    }
    const auto data = m_reader->readFile(name);
    if (!data)
        return result;
    result.status = ResolvedUrl::Status::Ok;
    result.data = *data;
    result.mime = m_reader->mimeType(name).toLatin1();
    // A stored page that is not a document's page would escape the template and its CSP.
    if (result.mime == "text/html") {
        result.data.clear();
        result.status = ResolvedUrl::Status::NotFound;
    }
    return result;
}

} // namespace Ss::Core
