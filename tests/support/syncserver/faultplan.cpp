// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "faultplan.h"

namespace Ss::SyncServer {

namespace {
struct Share
{
    const char16_t *key;
    double FaultPlan::*field;
};
const Share kShares[] = {
    {u"drop_before", &FaultPlan::dropBefore},   {u"error_500", &FaultPlan::error500},
    {u"error_503", &FaultPlan::error503},       {u"drop_after", &FaultPlan::dropAfter},
    {u"close_mid_body", &FaultPlan::closeMidBody}, {u"crash_after_commit", &FaultPlan::crashAfterCommit},
    {u"delay_share", &FaultPlan::delayShare},
};
} // namespace

FaultPlan::Action FaultPlan::draw()
{
    double r = m_random.generateDouble();
    const std::pair<double, Action> order[] = {
        {dropBefore, Action::DropBefore}, {error500, Action::Error500},         {error503, Action::Error503},
        {dropAfter, Action::DropAfter},   {closeMidBody, Action::CloseMidBody}, {crashAfterCommit, Action::CrashAfterCommit},
    };
    for (const auto &[share, action] : order) {
        if (r < share)
            return action;
        r -= share;
    }
    return Action::None;
}

int FaultPlan::drawDelayMs()
{
    if (m_random.generateDouble() >= delayShare || delayMaxMs <= 0)
        return 0;
    return delayMinMs + int(m_random.bounded(qMax(1, delayMaxMs - delayMinMs + 1)));
}

bool FaultPlan::apply(const QJsonObject &json)
{
    for (const Share &s : kShares) {
        const QJsonValue v = json.value(QString::fromUtf16(s.key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            return false;
        this->*s.field = v.toDouble();
    }
    delayMinMs = json.value(QStringLiteral("delay_min_ms")).toInt(delayMinMs);
    delayMaxMs = json.value(QStringLiteral("delay_max_ms")).toInt(delayMaxMs);
    retryAfterSeconds = json.value(QStringLiteral("retry_after")).toInt(retryAfterSeconds);
    if (json.contains(QStringLiteral("seed"))) {
        seed = quint32(json.value(QStringLiteral("seed")).toInteger());
        reseed();
    }
    return true;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonObject o;
    for (const Share &s : kShares)
        o.insert(QString::fromUtf16(s.key), this->*s.field);
    o.insert(QStringLiteral("delay_min_ms"), delayMinMs);
    o.insert(QStringLiteral("delay_max_ms"), delayMaxMs);
    o.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    o.insert(QStringLiteral("seed"), qint64(seed));
    return o;
}

} // namespace Ss::SyncServer
