// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "worldoutlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ss::Core {

bool WorldOutlines::fail(const QString &message)
{
    m_countries.clear();
    m_error = message;
    return false;
}

bool WorldOutlines::parse(const QByteArray &json)
{
    m_countries.clear();
    m_error.clear();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != u"ss-world-rings" ||
        root.value(QLatin1String("version")).toInt() != 1)
        return fail(QStringLiteral("not an ss-world-rings version 1 file"));
    const double scale = root.value(QLatin1String("scale")).toDouble();
    if (scale <= 0)
        return fail(QStringLiteral("bad scale"));
    m_source = root.value(QLatin1String("source")).toString();
    m_licence = root.value(QLatin1String("licence")).toString();
    const QJsonArray countries = root.value(QLatin1String("countries")).toArray();
    m_countries.reserve(countries.size());
    for (const QJsonValue &c : countries) {
        const QJsonObject object = c.toObject();
        Country country{
            object.value(QLatin1String("id")).toString(), object.value(QLatin1String("name")).toString(), {}};
        for (const QJsonValue &r : object.value(QLatin1String("rings")).toArray()) {
            // First pair absolute, then differences, all in 1/scale degrees.
            const QJsonArray values = r.toArray();
            if (values.size() < 8 || values.size() % 2 != 0)
                return fail(QStringLiteral("%1: bad ring").arg(country.name));
            QList<QPointF> ring;
            ring.reserve(values.size() / 2);
            qint64 x = 0, y = 0;
            for (qsizetype i = 0; i < values.size(); i += 2) {
                x += values.at(i).toInteger();
                y += values.at(i + 1).toInteger();
                const QPointF p(x / scale, y / scale);
                // Rings that cross the antimeridian come unwrapped and shifted: up to 360 degrees east or west.
                if (qAbs(p.x()) > 360.001 || qAbs(p.y()) > 90.001)
                    return fail(QStringLiteral("%1: point out of range").arg(country.name));
                ring.append(p);
            }
            country.rings.append(ring);
        }
        m_countries.append(country);
    }
    if (m_countries.isEmpty())
        return fail(QStringLiteral("no countries"));
    return true;
}

qsizetype WorldOutlines::pointCount() const
{
    qsizetype n = 0;
    for (const Country &c : m_countries) {
        for (const QList<QPointF> &r : c.rings)
            n += r.size();
    }
    return n;
}

} // namespace Ss::Core
