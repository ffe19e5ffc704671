// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

namespace Ss::Export {

//! What the cover shows.
struct CoverInfo
{
    QString lang;
    QString title;
    QString subtitle;
    QString organisation;
    QString date; // already formatted for lang
    QString archiveTitle;
    QString archiveVersion;
    QString publisher;
    int documentCount = 0;
};

//! One line of the table of contents.
struct TocLine
{
    enum class Kind { Document, SecondaryDocument, Part };
    Kind kind = Kind::Document;
    QString title;
    QString lang;
    QString href;       // ss://archive/... (becomes an internal link in the PDF)
    QString pageNumber; // as printed on that page
    bool isSecondary = false; // of a document's second language (one after the other): indented
};

//! The running header and the page number of one output page.
struct PageStamp
{
    QString lang;
    QString header; // the document's title; empty: no header
    QString aside;  // the packet's title, at the other end of the header
    QString number; // empty: no page number (the cover)
};

/*! \brief The HTML of what a packet adds around the viewer's pages: cover, table of contents,
 * side-by-side pages and the header/footer overlay.
 *
 * Every page is built on the viewer's own page template (PageComposer's placeholders and CSP),
 * with the export stylesheet added, so the packet looks like the viewer in print. Labels come
 * from tr() in the UI language. Pure string building, no I/O. */
class PacketHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Export::PacketHtml)
public:
    //! The viewer's template (with its stylesheet inlined) plus \a exportCss before </head>.
    static QByteArray documentTemplate(const QByteArray &pageTemplate, const QByteArray &exportCss);
    //! Fills a template's placeholders as PageComposer does; \a main is inserted last and verbatim.
    static QByteArray fill(const QByteArray &pageTemplate, const QString &lang, const QString &title,
                           const QString &bodyClass, const QString &main);

    //! Cover page then the table of contents, in one document.
    static QByteArray frontMatter(const QByteArray &documentTemplate, const CoverInfo &cover,
                                  const QList<TocLine> &toc);
    /*! One document in two columns: \a primaryMain (Korean) left, \a secondaryMain (English)
     *  right. Ids and #fragments of the secondary column get \a secondaryPrefix so both columns'
     *  anchors stay distinct. */
    static QByteArray sideBySide(const QByteArray &documentTemplate, const QString &title, const QString &primaryLang,
                                 const QString &primaryMain, const QString &secondaryLang, const QString &secondaryMain,
                                 const QString &secondaryPrefix);
    //! One page per stamp, the paper's size (\a paperMm) with no margins, transparent but for the text.
    static QByteArray overlay(const QList<PageStamp> &stamps, const QSizeF &paperMm);
};

} // namespace Ss::Export
