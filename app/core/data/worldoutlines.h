// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace Ss::Core {

/*! \brief Country outlines for the offline world map, read from the compact JSON that
 * resources/maps/make-map.py makes of Natural Earth's 1:110m countries (see its README).
 *
 * Points are (longitude, latitude) in degrees. A country has one ring per polygon part and per
 * hole; draw them with the odd-even fill rule. A ring that crosses the antimeridian (Russia, Fiji)
 * has continuous longitudes beyond ±180 and comes twice, once shifted by 360°: clip at ±180. */
class WorldOutlines final
{
public:
    struct Country
    {
        QString id;   // ISO 3166-1 numeric, may be empty
        QString name; // Natural Earth's English name
        QList<QList<QPointF>> rings;
    };

    //! Parses \a json; false (with errorString()) for anything but a well-formed map file.
    bool parse(const QByteArray &json);
    QString errorString() const { return m_error; }

    const QList<Country> &countries() const { return m_countries; }
    //! Where the data comes from and its licence, as the file states them.
    QString source() const { return m_source; }
    QString licence() const { return m_licence; }
    qsizetype pointCount() const;

private:
    bool fail(const QString &message);

    QList<Country> m_countries;
    QString m_source;
    QString m_licence;
    QString m_error;
};

} // namespace Ss::Core
