// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archiveschemehandler.h"

#include "urlscheme.h"

#include <core/viewer/pagecomposer.h>
#include <core/viewer/urlresolver.h>

#include <QBuffer>
#include <QRegularExpression>
#include <QWebEngineUrlRequestJob>

namespace Ss::Web {

ArchiveSchemeHandler::ArchiveSchemeHandler(std::function<Core::UrlResolver *()> resolver,
                                           std::function<Core::PageComposer *()> composer, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_resolver(std::move(resolver)), m_composer(std::move(composer))
{
}

void ArchiveSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (url.host() != QLatin1String(kHost) || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    Core::UrlResolver *resolver = m_resolver();
    const QString path = url.path(QUrl::FullyEncoded);
    const Core::ResolvedUrl resolved = resolver ? resolver->resolve(path) : Core::ResolvedUrl{};
    QByteArray data = resolved.data;
    QByteArray mime = resolved.mime;
    if (resolved.status != Core::ResolvedUrl::Status::Ok) {
        static const QRegularExpression page(QStringLiteral("\\.([a-z]{2})\\.html$"));
        const auto match = page.match(path);
        Core::PageComposer *composer = m_composer();
        if (!match.hasMatch() || !composer) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        data = composer->notFoundPage(match.captured(1));
        mime = "text/html";
    }
    ++m_served;
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(mime, buffer);
}

} // namespace Ss::Web
