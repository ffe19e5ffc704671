// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace Ss::Web {

/*! \brief Blocks every request that is not for the archive scheme (or the app's qrc:), and counts them.
 *
 * Archive content must never reach the network or local files. The interceptor also sees what
 * navigation policy does not (subresources, WebSocket handshakes, prefetches). */
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked; // called on the IO thread
};

} // namespace Ss::Web
