// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ss::Core {

/*! \brief The translated names of the slugs the typed fields use (regions, relations, statuses,
 * policy areas), in the interface language, and the order in which they are listed.
 *
 * An unknown slug is returned as it is, so an archive from a newer packer still shows something. */
class DataLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Core::DataLabels)
public:
    static const QStringList &regions();   // asia, europe, americas, middle-east-africa, oceania
    static const QStringList &relations(); // sister, friendship, partner
    static const QStringList &statuses();  // completed, ongoing, planned
    static const QStringList &areas();     // the eight policy-area slugs, in the archive's order

    static QString region(const QString &slug);
    static QString relation(const QString &slug);
    static QString status(const QString &slug);
    static QString area(const QString &slug);
    //! The position of \a slug in \a order, or order.size() for an unknown one (listed last).
    static int rank(const QStringList &order, const QString &slug);
};

} // namespace Ss::Core
