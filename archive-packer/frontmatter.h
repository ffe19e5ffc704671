// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "diagnostics.h"

#include <core/archive/archivedocument.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ss::Packer {

//! A reference to another document found in front matter, with the line it is on.
struct IdReference
{
    QString id;
    int line = 1;
};

//! What the YAML front matter of one source file says, after type checks.
struct FrontMatter
{
    bool hasFrontMatter = false;
    QString title;
    int weight = 0;
    QString kind = QStringLiteral("page");
    QString summary;
    QStringList tags;
    QString date;
    bool isDraft = false;
    QList<IdReference> related;
    QList<IdReference> references; // typed fields that name documents (activity.city, .manuals)
    QList<Core::DocumentField> fields;
    QByteArray body; // everything after the closing ---
    int bodyLine = 1; // line number of the first body line
};

/*! \brief Splits a source file into YAML front matter and body, and checks the front matter.
 *
 * Uses yaml-cpp. Every problem goes to \a diagnostics with its line in \a file; parsing goes on
 * after a problem so that one build reports all of them. */
class FrontMatterParser final
{
public:
    static FrontMatter parse(const QByteArray &content, const QString &file, const QString &lang,
                             QList<Diagnostic> *diagnostics);
    static const QStringList &areaSlugs();
};

} // namespace Ss::Packer
