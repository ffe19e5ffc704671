// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Ss::Core {

//! Title, summary and page of one node in one language.
struct NodeText
{
    QString title;
    QString summary;
    QString path; // sqlar name of the page
    QString date;
};

/*! \brief One node of an opened archive's tree (a section, folder or document).
 *
 * Nodes live in ArchiveReader::nodes(); parent and children are indexes into that list (-1 for
 * none), so the tree costs no allocations of its own. */
struct ArchiveNode
{
    qint64 rowId = 0; // node.id in the archive
    QString docId;
    QString kind;
    bool isFolder = false;
    int parent = -1;
    QList<int> children;
    QMap<QString, NodeText> texts; // language -> text

    //! The language to show for \a wanted: itself if present, else \a fallback, else any.
    QString languageFor(const QString &wanted, const QString &fallback) const;
    QString title(const QString &lang, const QString &fallback) const { return texts.value(languageFor(lang, fallback)).title; }
};

} // namespace Ss::Core
