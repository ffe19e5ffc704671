// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWebEngineUrlSchemeHandler>

#include <functional>

namespace Ss::Core {
class UrlResolver;
class PageComposer;
} // namespace Ss::Core

namespace Ss::Web {

/*! \brief Serves ss://archive/... from the open archive: a thin adapter over Core::UrlResolver.
 *
 * No temporary files, no local server. Unknown paths get the in-app not-found page (status as a
 * normal reply, so the user sees a way back); requests with another host fail. Runs on the UI
 * thread, like the reader it uses. */
class ArchiveSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    //! \a resolver returns the current resolver (the open archive may change), or nullptr.
    explicit ArchiveSchemeHandler(std::function<Core::UrlResolver *()> resolver,
                                  std::function<Core::PageComposer *()> composer, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;
    int servedCount() const { return m_served; }

private:
    std::function<Core::UrlResolver *()> m_resolver;
    std::function<Core::PageComposer *()> m_composer;
    int m_served = 0;
};

} // namespace Ss::Web
