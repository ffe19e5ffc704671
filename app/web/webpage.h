// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWebEnginePage>

namespace Ss::Web {

/*! \brief The page that shows archive documents, with the navigation policy of the viewer.
 *
 * Only ss://archive/ may load in the view. A link the user clicks to http, https or mailto is
 * handed out through externalLinkRequested() and never loaded here; every other navigation
 * (script-driven, redirects, frames, file:, javascript:, data:, unknown schemes) is refused.
 * No new windows. */
class WebPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;
    int refusedCount() const { return m_refused; }

    enum class Decision { Allow, OpenExternally, Refuse };
    //! The navigation policy itself, as a pure function (tested on its own).
    static Decision decide(const QUrl &url, NavigationType type, bool isMainFrame);

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    int m_refused = 0;
};

} // namespace Ss::Web
