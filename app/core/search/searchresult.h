// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ss::Core {

//! One document found, in the language it matched best.
struct SearchHit
{
    int node = -1;             // index into ArchiveReader::nodes()
    QString docId;
    QString lang;              // language of the matching text
    QString title;
    QString section;           // title of the section it is in
    QString area;              // title of its policy area or folder, if any
    QString kind;
    QString snippetHtml;       // escaped text with <mark> around matched terms; only for the first hits
    double score = 0;          // bm25: smaller is better
    bool hasOtherLanguage = false; // the document matched in another language too
};

//! A search's outcome.
struct SearchResults
{
    enum class Status { Ok, Empty, IndexDamaged, TooComplex, NotOpen };
    Status status = Status::Ok;
    QList<SearchHit> hits;
    QStringList highlightTerms;
    QString message; // user-facing text for the non-Ok statuses
};

} // namespace Ss::Core
