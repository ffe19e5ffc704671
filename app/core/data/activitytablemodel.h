// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "datacatalog.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Ss::Core {

/*! \brief The policy sharing activities of an archive as a table: year, title, country, city,
 * policy area, status and the manuals applied.
 *
 * Like CityTableModel: titles, countries and city and manual names follow setLanguage(); the
 * translated slugs and headers follow the interface language (retranslate()). CityDocIdRole and
 * ManualIdsRole give the pages a row links to. */
class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTableModel)
public:
    enum Column { Year, Title, Country, City, Area, Status, Manuals, ColumnCount };

    explicit ActivityTableModel(QObject *parent = nullptr);

    void setCatalog(const DataCatalog &catalog);
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }
    void retranslate();

    const QList<ActivityRecord> &records() const { return m_records; }
    //! Display name of a country key (CountryKeyRole) in the content language.
    QString countryName(const QString &key) const;
    //! Every country key of the activities, each once.
    QStringList countryKeys() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QString cityName(int row) const;
    QStringList manualTitles(int row) const;

    QList<ActivityRecord> m_records;
    QList<CityRecord> m_cities; // of the same catalog, for the names and regions of the activities' cities
    QStringList m_matchKeys;    // per row: titles, countries and city names in every language
    QStringList m_countryKeys;  // per row: the country in the default language
    QHash<QString, LocalizedText> m_countryNames; // country key -> its names
    QString m_lang = QStringLiteral("en");
    QString m_fallback = QStringLiteral("en");
    QLocale m_locale{QLocale::English};
};

} // namespace Ss::Core
