// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QObject>

class QWebEngineProfile;
class QWebEngineUrlSchemeHandler;

namespace Ss::Web {

class RequestInterceptor;

/*! \brief Builds the one profile every archive view uses: off the record, no JavaScript, no
 * remote or file access from pages, no caches or cookies on disk, the archive scheme handler and
 * the request interceptor installed. */
class WebProfileFactory final
{
public:
    static QWebEngineProfile *create(QObject *parent, QWebEngineUrlSchemeHandler *handler,
                                     RequestInterceptor *interceptor);
};

} // namespace Ss::Web
