// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "retrypolicy.h"

#include <QLocale>

#include <algorithm>

namespace Ss::Sync {

namespace {
constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;
}

qint64 RetryPolicy::jittered(qint64 base, qint64 cap, int attempt, double unitRandom)
{
    // base * 2^(attempt-1) without overflow: past 2^40 the cap has long been reached.
    const int exponent = std::clamp(attempt - 1, 0, 40);
    const double ceiling = std::min(double(cap), double(base) * double(qint64(1) << exponent));
    return qint64(ceiling * std::clamp(unitRandom, 0.0, 1.0));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return std::clamp(seconds * 1000, qint64(0), kMaxRetryAfterMs);
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7).
    const QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime when(parsed.date(), parsed.time(), Qt::UTC);
    return std::clamp(now.msecsTo(when), qint64(0), kMaxRetryAfterMs);
}

} // namespace Ss::Sync
