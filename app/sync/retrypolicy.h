// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Ss::Sync {

/*! \brief How long the sync engine waits before trying again: exponential backoff with full jitter.
 *
 * The n-th retry (n >= 1) waits a uniformly random time in [0, min(cap, base * 2^(n-1))] ("full jitter": spreads
 * the retries of many clients that lost the server at the same moment). The outbox items and the reachability
 * probe each have their own base and cap. Pure functions: the random number comes from the caller, so tests can
 * pin it. The defaults are the production values; tests shrink them (RELIABILITY.md §4.3, Y5). */
struct RetryPolicy
{
    qint64 baseMs = 2'000;
    qint64 capMs = 600'000;
    qint64 probeBaseMs = 2'000;
    qint64 probeCapMs = 30'000;

    //! The wait before retry \a attempt (1 = first retry) of an outbox item; \a unitRandom in [0, 1).
    qint64 retryDelayMs(int attempt, double unitRandom) const { return jittered(baseMs, capMs, attempt, unitRandom); }
    //! The wait before reachability probe \a attempt while offline.
    qint64 probeDelayMs(int attempt, double unitRandom) const
    {
        return jittered(probeBaseMs, probeCapMs, attempt, unitRandom);
    }

    static qint64 jittered(qint64 base, qint64 cap, int attempt, double unitRandom);
    /*! A Retry-After header value (delta-seconds or an HTTP-date) as milliseconds from \a now, clamped to
     *  [0, 1 day]; nothing when the value is missing or malformed. */
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace Ss::Sync
