// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ss::Core {

//! Why an archive could not be opened or read. Each has its own user-facing message.
enum class ArchiveError {
    None,
    FileNotFound,
    NotReadable,
    Truncated,
    NotSqlite,
    NotAnArchive,
    NewerFormat,
    OlderFormat,
    Damaged,
    UnexpectedStructure,
    MissingMetadata,
    TooComplex,
};

//! \brief User-facing texts for ArchiveError values.
class ArchiveErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Core::ArchiveErrorText)
public:
    static QString message(ArchiveError error);
    //! A stable machine name ("damaged", "newer-format"), for the command line and tests.
    static QString code(ArchiveError error);
};

} // namespace Ss::Core
