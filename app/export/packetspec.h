// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ss::Export {

/*! \brief What a policy packet contains and how it is laid out: a value type.
 *
 * The documents are archive document ids, in packet order. The options (language, paper, date)
 * travel as one JSON object, which is what the user database stores for a saved packet. */
struct PacketSpec
{
    enum class Language {
        Korean,
        English,
        BothSideBySide, //!< each document once, Korean and English in two columns
        BothSequential, //!< each document in Korean, then in English
    };
    enum class Paper { A4, Letter };

    QString title;
    QString subtitle;
    QString organisation;
    QDate date; //!< shown on the cover; invalid means the day of the export
    Language language = Language::Korean;
    Paper paper = Paper::A4;
    QStringList docIds;

    //! The content languages a packet shows, primary first: {"ko"}, {"en"} or {"ko", "en"}.
    QStringList contentLanguages() const;
    //! The page layout the documents are printed with: margins leave room for the running header and footer.
    QPageLayout pageLayout() const;
    //! The same paper with no margins, for the header and footer overlay.
    QPageLayout overlayLayout() const;

    QJsonObject optionsToJson() const;
    //! Reads what optionsToJson() wrote; unknown or missing values keep their defaults.
    void setOptionsFromJson(const QJsonObject &options);

    //! "ko", "en", "both" (= both-sequential), "both-sequential", "both-side-by-side".
    static std::optional<Language> languageFromString(const QString &text);
    static QString languageToString(Language language);
    //! "a4", "letter" (case-insensitive).
    static std::optional<Paper> paperFromString(const QString &text);
    static QString paperToString(Paper paper);
};

} // namespace Ss::Export
