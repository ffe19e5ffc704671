// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "urlscheme.h"

#include <QWebEngineUrlScheme>

namespace Ss::Web {

void registerUrlSchemes()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: a potentially trustworthy origin. Not LocalScheme: a local scheme's pages could not
    // load their own images without LocalAccessAllowed, and that flag would open file: to them.
    // Without either, archive pages cannot read file: URLs. No CorsEnabled, no FetchApiAllowed.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl archiveUrl(const QString &path)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kScheme));
    url.setHost(QString::fromLatin1(kHost));
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

} // namespace Ss::Web
