// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "webpage.h"

#include "urlscheme.h"

namespace Ss::Web {

WebPage::Decision WebPage::decide(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String(kScheme) && url.host() == QLatin1String(kHost))
        return Decision::Allow;
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked && isMainFrame && url.isValid()
        && (scheme == u"http" || scheme == u"https" || scheme == u"mailto"))
        return Decision::OpenExternally;
    return Decision::Refuse;
}

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    switch (decide(url, type, isMainFrame)) {
    case Decision::Allow:
        return true;
    case Decision::OpenExternally:
        Q_EMIT externalLinkRequested(url);
        return false;
    case Decision::Refuse:
        break;
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
