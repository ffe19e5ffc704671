// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "diagnostics.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Ss::Packer {

//! Options of one build.
struct BuildOptions
{
    QString source;       // SOURCE folder (or the HTML folder with isHtmlFolder)
    QString output;       // .ssarc to write
    bool isHtmlFolder = false;
    QString htmlLanguage = QStringLiteral("en"); // --html: the pages' language
    QString htmlTitle;    // --html: archive title (default: folder name)
    QString htmlId;       // --html: archive id (default: folder name)
    qint64 mtime = 0;     // stored for every entry (SOURCE_DATE_EPOCH)
};

/*! \brief Builds an archive from a content source folder or from a plain folder of HTML pages.
 *
 * Parses every document on a pool of threads (front matter with yaml-cpp, Markdown with md4c,
 * HTML with gumbo), collects all problems in Diagnostics, and writes nothing when there is an
 * error. The archive is written through ArchiveWriter (temporary file + rename) and then opened
 * again with ArchiveReader and verified (the self-check) before build() returns true. */
class ArchiveBuilder final
{
public:
    using Progress = std::function<void(int done, int total)>;

    ArchiveBuilder(BuildOptions options, Diagnostics *diagnostics);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool build();
    int documentCount() const { return m_documentCount; }
    QString errorString() const { return m_error; }

    //! The <meta> Content-Security-Policy that opens every page's <head>.
    static QByteArray contentSecurityPolicy();
    //! Wraps a sanitized body into the page stored in the archive.
    static QByteArray page(const QString &lang, const QString &title, const QByteArray &body);

private:
    bool buildFromSource();
    bool buildFromHtmlFolder();

    BuildOptions m_options;
    Diagnostics *m_diagnostics;
    Progress m_progress;
    int m_documentCount = 0;
    QString m_error;
};

} // namespace Ss::Packer
