// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "diagnostics.h"
#include "frontmatter.h"
#include "htmlprocessor.h"
#include "sourcescanner.h"

#include <core/archive/archivedocument.h>

#include <QMap>
#include <QSet>
#include <QString>

namespace Ss::Packer {

//! One source file, compiled: front matter, the rendered page and what it links to.
struct CompiledFile
{
    QString lang;
    FrontMatter frontMatter;
    Core::DocumentText text;
    QStringList linkedIds;
    QList<Diagnostic> diagnostics;
};

/*! \brief Compiles one source file: UTF-8 check, front matter, Markdown (md4c) or HTML, sanitizing,
 * link and image resolution against the scanned source tree.
 *
 * Pure function of its inputs, so files are compiled in parallel. */
class DocumentCompiler final
{
public:
    DocumentCompiler(const QMap<QString, SourceDocument> &documents, const QMap<QString, QString> &assets,
                     QString defaultLanguage);

    /*! For a plain HTML folder: paths are shown relative to the folder, a link to a folder means its
     *  index.html, and broken links are warnings (such folders often have some). */
    void setHtmlFolderMode(bool on);

    CompiledFile compile(const QString &id, const SourceFile &file) const;
    //! The archive path of \a id's page in \a lang (or in the language it has).
    QString pagePath(const QString &id, const QString &lang) const;

private:
    LinkTarget resolve(const SourceFile &from, const QString &url, bool isImage) const;

    const QMap<QString, SourceDocument> &m_documents;
    const QMap<QString, QString> &m_assets;
    QHash<QString, QString> m_idBySourcePath; // relPath of a source file or bundle folder -> id
    QString m_defaultLanguage;
    QString m_shownPrefix = QStringLiteral("content/");
    bool m_isHtmlFolderMode = false;
};

} // namespace Ss::Packer
