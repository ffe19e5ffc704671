// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "datacatalog.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Ss::Core {

/*! \brief The overseas cities of an archive as a table, one row per city page.
 *
 * Names and countries follow the content language (setLanguage()); region and relation names,
 * like the headers, follow the interface language: call retranslate() after it changed (models
 * get no LanguageChange event). Besides the display text every row offers the DataRole roles:
 * the document id, the slugs to filter on, a match key for the text filter and the numbers to
 * sort and to place the city on a map. */
class CityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityTableModel)
public:
    enum Column { Name, Country, Region, Relation, Since, Population, Latitude, Longitude, Activities, ColumnCount };

    explicit CityTableModel(QObject *parent = nullptr);

    //! Shows the cities of \a catalog (copied; the catalog may go away).
    void setCatalog(const DataCatalog &catalog);
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }
    //! Re-reads the translated headers and names (after the interface language changed).
    void retranslate();

    const QList<CityRecord> &records() const { return m_records; }
    //! The row of the city page \a docId, or -1.
    int rowOf(const QString &docId) const { return m_rowByDocId.value(docId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    void cacheNames(); // m_names and m_countries for m_lang

    QList<CityRecord> m_records;
    QStringList m_matchKeys; // per row, TextMatch::key() of its names and countries in every language
    QStringList m_names;     // per row, the name in m_lang (asked for on every sort and paint)
    QStringList m_countries; // per row, the country in m_lang
    QHash<QString, int> m_rowByDocId;
    QString m_lang = QStringLiteral("en");
    QString m_fallback = QStringLiteral("en");
    QLocale m_locale{QLocale::English};
};

} // namespace Ss::Core
