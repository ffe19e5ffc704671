// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QList>
#include <QString>

namespace Ss::Core {
class ArchiveReader;
}

namespace Ss::Ui {

/*! \brief A city the form offers for "country and city": one city page of the archive.
 *
 * The form only takes a list (ProposalEditor::setCityChoices()), so it works without an open archive; fromArchive()
 * makes the list from the city pages of an open one. */
struct CityChoice
{
    QString docId;   //!< the city page, stored as ProposalDraft::cityDocId when picked
    QString name;    //!< the page title in the chosen language
    QString country; //!< its "country" field in that language (may be empty)

    friend bool operator==(const CityChoice &, const CityChoice &) = default;

    /*! The cities (documents of kind "city") of the open archive \a reader, named in \a lang (else the archive's
     *  default language, else any), sorted by country then name; empty when \a reader is not open. */
    static QList<CityChoice> fromArchive(Core::ArchiveReader &reader, const QString &lang);
    //! The distinct non-empty countries of \a choices, sorted for \a lang.
    static QStringList countries(const QList<CityChoice> &choices, const QString &lang);
};

} // namespace Ss::Ui
