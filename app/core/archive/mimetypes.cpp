// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "mimetypes.h"

#include <QHash>

namespace Ss::Core {

namespace {
const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> types{
        {QStringLiteral("html"), QStringLiteral("text/html")},
        {QStringLiteral("htm"), QStringLiteral("text/html")},
        {QStringLiteral("css"), QStringLiteral("text/css")},
        {QStringLiteral("txt"), QStringLiteral("text/plain")},
        {QStringLiteral("csv"), QStringLiteral("text/csv")},
        {QStringLiteral("json"), QStringLiteral("application/json")},
        {QStringLiteral("svg"), QStringLiteral("image/svg+xml")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("woff2"), QStringLiteral("font/woff2")},
        {QStringLiteral("woff"), QStringLiteral("font/woff")},
    };
    return types;
}
} // namespace

QString MimeTypes::forFileName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0 || fileName.lastIndexOf(u'/') > dot)
        return {};
    return table().value(fileName.mid(dot + 1).toLower());
}

bool MimeTypes::isAllowed(const QString &mime)
{
    for (const QString &known : table()) {
        if (known == mime)
            return true;
    }
    return false;
}

} // namespace Ss::Core
