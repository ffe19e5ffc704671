// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Ss::Export {

//! A named destination of a rendered PDF: a page (0-based within that PDF) and the target's top edge.
struct PdfDestination
{
    int page = 0;
    double top = 0; // PDF user space, from the bottom of the page
    bool hasTop = false;
};

//! What PdfAssembler::inspect() learns from one rendered PDF.
struct PdfInfo
{
    int pageCount = 0;
    QHash<QString, PdfDestination> destinations; // Chromium writes one per element id that is a link target
};

//! An outline (bookmark) entry: a part of the plan and an anchor in it (empty: the part's first page).
struct OutlineItem
{
    QString title;
    int part = 0;
    QString anchor;
    QList<OutlineItem> children;
};

//! Where a link to an archive page goes when that page is in the packet.
struct LinkTarget
{
    int part = -1;
    QString anchorPrefix; // prepended to the link's #fragment ("en-" for the English column side by side)
};

struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString language; // BCP 47, the document's /Lang
    QDateTime created;
};

//! Everything PdfAssembler::assemble() needs; plain data, so it can cross to a worker thread.
struct AssemblyPlan
{
    QList<QByteArray> parts; //!< rendered PDFs in page order: front matter first, then the documents
    int frontPartCount = 0;  //!< leading parts labelled with lower-case roman numerals; the rest count from 1
    //! Stamped over the pages (running header, page number): one page per output page, in order
    //! across the list (printed in pieces, side by side); may be empty.
    QList<QByteArray> overlays;
    QList<OutlineItem> outline;
    QHash<QString, LinkTarget> links; //!< archive path "<doc-id>/index.<lang>.html" -> where it is in the packet
    PdfMetadata metadata;
};

/*! \brief The qpdf side of a packet: reads what Chromium printed and merges it into one PDF.
 *
 * assemble() copies the pages of every part, turns links between archive pages (which Chromium
 * writes as ss://archive/... URIs) into internal links when the target is in the packet and drops
 * them otherwise, resolves each part's named destinations to explicit ones, stamps the overlay
 * page over each page as a form XObject, and writes the outline, page labels, /Lang and the
 * document information. Static and free of Qt GUI types, so it runs on any thread; qpdf's
 * exceptions end here and come back as an error message. */
class PdfAssembler final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Export::PdfAssembler)
public:
    static std::optional<PdfInfo> inspect(const QByteArray &pdf, QString *error = nullptr);
    //! The packet's bytes, or nullopt with \a error set. Stops early when \a cancelled becomes true.
    static std::optional<QByteArray> assemble(const AssemblyPlan &plan, QString *error = nullptr,
                                              const std::atomic_bool *cancelled = nullptr);
    //! "D:YYYYMMDDHHmmSSZ" for the document information dictionary.
    static QString pdfDate(const QDateTime &time);
};

} // namespace Ss::Export
