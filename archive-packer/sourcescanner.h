// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "diagnostics.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ss::Packer {

//! One source file of a document in one language.
struct SourceFile
{
    QString path;    // absolute path on disk
    QString relPath; // path under content/ (for messages: content/<relPath>)
    QString lang;
    bool isHtml = false;
    bool isBranch = false; // _index.*: a folder landing page
};

//! The files of one document id, by language.
struct SourceDocument
{
    QString id;
    QMap<QString, SourceFile> files; // language -> file
    bool isBranch = false;
};

/*! \brief Walks SOURCE/content and SOURCE/static and groups the files into documents and assets.
 *
 * Applies the naming rules of docs/content-format.md: the four section folders, language
 * suffixes, ids made of [a-z0-9-] segments, index/_index bundles. Reports every violation. */
class SourceScanner final
{
public:
    SourceScanner(QString sourceDir, QStringList languages, Diagnostics *diagnostics);

    void scan();

    const QMap<QString, SourceDocument> &documents() const { return m_documents; }
    //! Asset files: sqlar name -> absolute path. Bundle files keep their path under content/,
    //! static files their path under static/.
    const QMap<QString, QString> &assets() const { return m_assets; }
    //! Folders that hold documents but have no _index file of their own.
    const QSet<QString> &implicitFolders() const { return m_implicitFolders; }

    static const QStringList &sections();

private:
    void scanContent();
    void scanStatic();

    QString m_sourceDir;
    QStringList m_languages;
    Diagnostics *m_diagnostics;
    QMap<QString, SourceDocument> m_documents;
    QMap<QString, QString> m_assets;
    QSet<QString> m_implicitFolders;
};

} // namespace Ss::Packer
