// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Ss::Core {

class ArchiveReader;

//! A text in several languages (language -> text; "" for a language-neutral value).
using LocalizedText = QMap<QString, QString>;

//! An overseas city of the archive (a document of kind "city"), with its typed fields.
struct CityRecord
{
    int node = -1; // index into ArchiveReader::nodes() of the archive it was read from
    QString docId;
    LocalizedText names;     // the page titles
    LocalizedText countries; // the "country" field, per language
    QString region;          // slug
    QString relation;        // slug
    int since = 0;           // year the relation began, 0 = unknown
    qint64 population = -1;  // -1 = unknown
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = false;
    int activityCount = 0; // activities whose "city" field names this city
};

//! A manual (or any document) an activity refers to.
struct LinkedDocument
{
    QString docId;
    LocalizedText titles; // empty when the id names no document of the archive
};

//! A policy sharing activity (a document of kind "activity").
struct ActivityRecord
{
    int node = -1;
    QString docId;
    LocalizedText titles;
    LocalizedText countries;
    QString cityId;                      // the "city" field: a document id, or empty
    int city = -1;                       // index into DataCatalog::cities(), or -1
    QString area;                        // slug
    QString status;                      // slug
    int year = 0;                        // 0 = unknown
    QMap<QString, QStringList> partners; // language -> organisations
    QList<LinkedDocument> manuals;
};

/*! \brief The cities and activities of an archive, read once with their typed fields.
 *
 * load() reads everything it needs while it runs and keeps no reference to the reader, so the
 * records outlive the archive (the models hold copies; QList shares them). Titles and text
 * fields are kept in every language; text() picks one. */
class DataCatalog final
{
public:
    //! Reads the records of \a reader (an open archive); false, with nothing kept, when it is not open.
    bool load(ArchiveReader *reader);
    void clear();

    const QList<CityRecord> &cities() const { return m_cities; }
    const QList<ActivityRecord> &activities() const { return m_activities; }
    //! Index into cities() of the city page \a docId, or -1.
    int cityIndex(const QString &docId) const { return m_cityByDocId.value(docId, -1); }
    //! The archive's default language: the fallback for a text missing in the language asked for.
    QString defaultLanguage() const { return m_defaultLanguage; }

    //! \a text in \a lang, else in \a fallback, else the language-neutral value, else any.
    static QString text(const LocalizedText &text, const QString &lang, const QString &fallback);

private:
    QList<CityRecord> m_cities;
    QList<ActivityRecord> m_activities;
    QHash<QString, int> m_cityByDocId;
    QString m_defaultLanguage;
};

} // namespace Ss::Core
