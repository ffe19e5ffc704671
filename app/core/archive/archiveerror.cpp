// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archiveerror.h"

namespace Ss::Core {

QString ArchiveErrorText::message(ArchiveError error)
{
    switch (error) {
    case ArchiveError::None:
        return tr("No error.");
    case ArchiveError::FileNotFound:
        return tr("The archive file does not exist.");
    case ArchiveError::NotReadable:
        return tr("The archive file cannot be read.");
    case ArchiveError::Truncated:
        return tr("The archive file is incomplete: it may have been cut short while copying or downloading.");
    case ArchiveError::NotSqlite:
        return tr("This file is not a Seoul Solution archive.");
    case ArchiveError::NotAnArchive:
        return tr("This is a database, but not a Seoul Solution archive.");
    case ArchiveError::NewerFormat:
        return tr("This archive needs a newer version of Seoul Solution Desktop.");
    case ArchiveError::OlderFormat:
        return tr("This archive was made in an old format that this version cannot read.");
    case ArchiveError::Damaged:
        return tr("The archive is damaged and cannot be opened.");
    case ArchiveError::UnexpectedStructure:
        return tr("The archive has an unexpected structure and was not opened, to keep your computer safe.");
    case ArchiveError::MissingMetadata:
        return tr("The archive lacks required information (its id, title or languages).");
    case ArchiveError::TooComplex:
        return tr("Reading the archive took too long and was stopped.");
    }
    return {};
}

QString ArchiveErrorText::code(ArchiveError error)
{
    static const char *const codes[] = {"none",    "file-not-found", "not-readable",         "truncated",
                                        "not-sqlite", "not-an-archive", "newer-format",       "older-format",
                                        "damaged", "unexpected-structure", "missing-metadata", "too-complex"};
    return QString::fromLatin1(codes[int(error)]);
}

} // namespace Ss::Core
