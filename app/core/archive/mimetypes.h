// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QString>

namespace Ss::Core {

/*! \brief The MIME types an archive may carry.
 *
 * The packer takes a file's type from its extension; the reader accepts only types on this list
 * and serves anything else as application/octet-stream, so a hostile archive cannot make the
 * viewer treat a blob as a page. */
class MimeTypes final
{
public:
    //! The type for \a fileName's extension, or an empty string for an extension we do not pack.
    static QString forFileName(const QString &fileName);
    static bool isAllowed(const QString &mime);
};

} // namespace Ss::Core
