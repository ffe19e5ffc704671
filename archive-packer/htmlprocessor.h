// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <core/archive/archivedocument.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ss::Packer {

//! What a relative link or image source in a document points at.
struct LinkTarget
{
    enum class Kind { Document, Asset, Invalid };
    Kind kind = Kind::Invalid;
    QString url;   // the rewritten, root-relative URL inside the archive
    QString docId; // for Document
    QString error; // for Invalid
};

//! A problem with one URL in a document (the caller locates its line in the source).
struct UrlProblem
{
    QString url;
    QString message;
};

//! The result of processing one HTML page or fragment.
struct ProcessedHtml
{
    QByteArray body;   // sanitized inner HTML of <body>
    QString title;     // <title>, or the first <h1>
    QString text;      // plain text, for the search index
    QList<Core::DocumentHeading> headings;
    QStringList linkedIds;
    QList<UrlProblem> problems;
    int removedCount = 0; // elements and attributes removed by the sanitizer
};

/*! \brief Parses HTML with gumbo, keeps only safe elements and attributes, and rewrites links.
 *
 * Archive content is untrusted, and so is HTML written by hand or produced by md4c from Markdown
 * with raw HTML in it: no <script>, <iframe>, <object>, <embed>, <base>, <meta>, <style>, no on*=
 * attributes, no style attributes, and only http, https and mailto among absolute URLs. Relative
 * URLs go through the resolver, which packs assets and maps document links to archive paths.
 * Level-2 and 3 headings get anchors and are listed for tables of contents. */
class HtmlProcessor final
{
public:
    using Resolver = std::function<LinkTarget(const QString &url, bool isImage)>;

    static ProcessedHtml process(const QByteArray &html, const Resolver &resolver);
};

} // namespace Ss::Packer
