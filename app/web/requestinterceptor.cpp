// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "requestinterceptor.h"

#include "urlscheme.h"

namespace Ss::Web {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String(kScheme) || scheme == u"qrc" || scheme == u"data" || scheme == u"about")
        return;
    m_blocked.fetchAndAddRelaxed(1);
    info.block(true);
}

} // namespace Ss::Web
