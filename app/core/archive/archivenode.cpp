// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivenode.h"

namespace Ss::Core {

QString ArchiveNode::languageFor(const QString &wanted, const QString &fallback) const
{
    if (texts.contains(wanted))
        return wanted;
    if (texts.contains(fallback))
        return fallback;
    return texts.isEmpty() ? wanted : texts.firstKey();
}

} // namespace Ss::Core
