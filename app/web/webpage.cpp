// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "webpage.h"

#include "urlscheme.h"

namespace Ss::Web {

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String(kScheme) && url.host() == QLatin1String(kHost))
        return true;
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked && isMainFrame
        && (scheme == u"http" || scheme == u"https" || scheme == u"mailto")) {
        Q_EMIT externalLinkRequested(url);
        return false;
    }
    ++m_refused;
    return false;
}

QWebEnginePage *WebPage::createWindow(WebWindowType)
{
    ++m_refused;
    return nullptr;
}

} // namespace Ss::Web
