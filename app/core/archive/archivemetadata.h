// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Ss::Core {

//! \brief What the meta table of an archive says about it.
struct ArchiveMetadata
{
    QString id;
    QString version;
    QString created; // ISO date
    QString publisher;
    QString defaultLanguage;
    QString generator;
    QStringList languages;
    QMap<QString, QString> titles;       // language -> title
    QMap<QString, QString> descriptions; // language -> description
    int formatVersion = 0;

    //! The title in \a lang, else in the default language, else any.
    QString title(const QString &lang) const;
    QString description(const QString &lang) const;
};

} // namespace Ss::Core
