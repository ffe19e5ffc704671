// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "sourcescanner.h"

#include <core/archive/mimetypes.h>

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

namespace Ss::Packer {

namespace {
QStringList listFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).fileName().startsWith(u'.'))
            files.append(QDir(root).relativeFilePath(path));
    }
    files.sort(); // deterministic order, whatever the file system returns
    return files;
}
} // namespace

const QStringList &SourceScanner::sections()
{
    static const QStringList names{QStringLiteral("model-policies"), QStringLiteral("sharing-activities"),
                                   QStringLiteral("overseas-cities"), QStringLiteral("cooperation")};
    return names;
}

SourceScanner::SourceScanner(QString sourceDir, QStringList languages, Diagnostics *diagnostics)
    : m_sourceDir(QDir(sourceDir).absolutePath()), m_languages(std::move(languages)), m_diagnostics(diagnostics)
{
}

void SourceScanner::scan()
{
    scanContent();
    scanStatic();
}

void SourceScanner::scanContent()
{
    static const QRegularExpression docName(QStringLiteral("^(_index|index|[a-z0-9][a-z0-9-]*)\\.([a-z]{2})\\.(md|html)$"));
    static const QRegularExpression segment(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    const QString contentDir = m_sourceDir + QStringLiteral("/content");
    if (!QFileInfo(contentDir).isDir()) {
        m_diagnostics->error(m_sourceDir, 1, QStringLiteral("no content/ folder"));
        return;
    }
    QSet<QString> reportedSections;
    for (const QString &rel : listFiles(contentDir)) {
        const QString shown = QStringLiteral("content/") + rel;
        const QStringList parts = rel.split(u'/');
        if (parts.size() < 2 || !sections().contains(parts.first())) {
            const QString top = parts.first();
            if (!reportedSections.contains(top)) {
                reportedSections.insert(top);
                m_diagnostics->error(shown, 1,
                                     QStringLiteral("unknown section '%1' (expected one of: %2)")
                                         .arg(parts.size() < 2 ? rel : top, sections().join(u", ")));
            }
            continue;
        }
        const QString fileName = parts.last();
        const auto match = docName.match(fileName);
        if (!match.hasMatch()) {
            if (fileName.endsWith(u".md") || fileName.endsWith(u".html")) {
                m_diagnostics->error(shown, 1,
                                     QStringLiteral("a document's file name needs a language suffix and a lowercase "
                                                    "name, such as page.en.md or index.ko.md"));
            } else if (Core::MimeTypes::forFileName(fileName).isEmpty()) {
                m_diagnostics->warning(shown, 1, QStringLiteral("file of unknown type is not packed"));
            } else {
                m_assets.insert(rel, contentDir + u'/' + rel);
            }
            continue;
        }
        const QString base = match.captured(1);
        const QString lang = match.captured(2);
        QStringList idParts = parts.mid(0, parts.size() - 1);
        if (base != u"index" && base != u"_index")
            idParts.append(base);
        bool validId = true;
        for (const QString &s : std::as_const(idParts)) {
            if (!segment.match(s).hasMatch()) {
                m_diagnostics->error(shown, 1, QStringLiteral("folder name '%1' is not a valid id segment (use a-z, "
                                                              "0-9 and -)").arg(s));
                validId = false;
            }
        }
        if (!validId)
            continue;
        if (!m_languages.contains(lang)) {
            m_diagnostics->error(shown, 1, QStringLiteral("language '%1' is not one of the archive's languages (%2)")
                                               .arg(lang, m_languages.join(u", ")));
            continue;
        }
        const QString id = idParts.join(u'/');
        SourceDocument &doc = m_documents[id];
        doc.id = id;
        if (doc.files.contains(lang)) {
            m_diagnostics->error(shown, 1, QStringLiteral("duplicate id '%1': content/%2 defines it too")
                                               .arg(id, doc.files.value(lang).relPath));
            continue;
        }
        const bool isBranch = base == u"_index";
        doc.isBranch = doc.isBranch || isBranch;
        doc.files.insert(lang, SourceFile{contentDir + u'/' + rel, rel, lang, match.captured(3) == u"html", isBranch});
    }
    // Every ancestor of a document must be a node: a folder without a landing page becomes one
    // titled by its name.
    const QStringList ids = m_documents.keys();
    for (const QString &id : ids) {
        QString parent = id;
        while (parent.contains(u'/')) {
            parent = parent.left(parent.lastIndexOf(u'/'));
            if (!m_documents.contains(parent)) {
                m_implicitFolders.insert(parent);
                SourceDocument &folder = m_documents[parent];
                folder.id = parent;
                folder.isBranch = true;
            }
        }
    }
    for (const QString &section : sections()) {
        if (!m_documents.contains(section))
            m_diagnostics->warning(QStringLiteral("content/") + section, 1, QStringLiteral("section has no content"));
    }
}

void SourceScanner::scanStatic()
{
    const QString staticDir = m_sourceDir + QStringLiteral("/static");
    if (!QFileInfo(staticDir).isDir())
        return;
    for (const QString &rel : listFiles(staticDir)) {
        const QString shown = QStringLiteral("static/") + rel;
        if (sections().contains(rel.section(u'/', 0, 0))) {
            m_diagnostics->error(shown, 1, QStringLiteral("static files may not use a section's name as folder"));
            continue;
        }
        if (Core::MimeTypes::forFileName(rel).isEmpty()) {
            m_diagnostics->warning(shown, 1, QStringLiteral("file of unknown type is not packed"));
            continue;
        }
        m_assets.insert(rel, staticDir + u'/' + rel);
    }
}

} // namespace Ss::Packer
