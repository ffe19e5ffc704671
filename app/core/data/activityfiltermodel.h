// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "localesortproxymodel.h"

namespace Ss::Core {

/*! \brief The activity table as the user narrowed it: by policy area, country, status, year and
 * region (of the activity's city), and by text; sorted like the city table.
 *
 * An empty slug or key, or year 0, means "all". */
class ActivityFilterModel final : public LocaleSortProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilterModel)
public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setArea(const QString &area);
    QString area() const { return m_area; }
    //! A country key (DataRole::CountryKeyRole).
    void setCountry(const QString &countryKey);
    QString country() const { return m_country; }
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    void setYear(int year);
    int year() const { return m_year; }
    void setRegion(const QString &region);
    QString region() const { return m_region; }
    //! Removes every criterion, the text included.
    void clearFilters();

Q_SIGNALS:
    //! One or more criteria changed (not the text), so that filter widgets can follow.
    void filtersChanged();

protected:
    bool acceptsRow(const QModelIndex &sourceIndex) const override;

private:
    template <typename T> void set(T &member, const T &value);

    QString m_area;
    QString m_country;
    QString m_status;
    QString m_region;
    int m_year = 0;
};

} // namespace Ss::Core
