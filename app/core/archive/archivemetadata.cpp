// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivemetadata.h"

namespace Ss::Core {

namespace {
QString pick(const QMap<QString, QString> &map, const QString &lang, const QString &fallback)
{
    if (const auto it = map.constFind(lang); it != map.cend() && !it->isEmpty())
        return *it;
    if (const auto it = map.constFind(fallback); it != map.cend() && !it->isEmpty())
        return *it;
    return map.isEmpty() ? QString() : map.first();
}
} // namespace

QString ArchiveMetadata::title(const QString &lang) const
{
    return pick(titles, lang, defaultLanguage);
}

QString ArchiveMetadata::description(const QString &lang) const
{
    return pick(descriptions, lang, defaultLanguage);
}

} // namespace Ss::Core
