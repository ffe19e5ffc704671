// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Ss::Core {

//! A level-2/3 heading of a document, with the anchor the packer gave it.
struct DocumentHeading
{
    int level = 2;
    QString anchor;
    QString text;
};

//! One language version of a document.
struct DocumentText
{
    QString title;
    QString summary;
    QString date;      // YYYY-MM-DD or empty
    QString path;      // sqlar name of the rendered HTML
    QByteArray html;   // rendered, sanitized HTML page (writer input only)
    QString plainText; // the text that is indexed (writer input only)
    QStringList tags;
    QList<DocumentHeading> headings;
};

//! A typed field (city.population, activity.partners, ...). Lists are several fields of one name.
struct DocumentField
{
    QString name;
    QString lang; // empty for language-neutral values
    QVariant value;
};

/*! \brief A document or folder node of the archive's tree, as the writer takes it.
 *
 * The id is the stable document id ("model-policies/transportation/bus-reform"); its parent is
 * the id without the last segment, and the four sections have no parent. */
struct ArchiveDocument
{
    QString id;
    QString kind = QStringLiteral("page");
    bool isFolder = false;
    QMap<QString, DocumentText> texts; // language -> text
    QList<DocumentField> fields;
    QStringList related; // ids of "related documents"
    QStringList links;   // ids of documents linked from the body
};

} // namespace Ss::Core
