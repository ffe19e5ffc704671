// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>

#include <optional>

namespace Ss::Core {

/*! \brief The compression convention of SQLite's sqlar table.
 *
 * An entry's data is a zlib stream (RFC 1950) when it is shorter than the original size sz, and
 * the bytes themselves otherwise; sqlite3 -Ax follows the same rule. */
class SqlarCodec final
{
public:
    //! Returns the bytes to store in sqlar.data for \a raw (compressed only when that is smaller).
    static QByteArray encode(const QByteArray &raw, int level = 6);
    //! Decodes stored \a data whose original size is \a size; nullopt on corrupt data or a size
    //! mismatch. Sizes above \a maxSize are refused, so a hostile archive cannot exhaust memory.
    static std::optional<QByteArray> decode(const QByteArray &data, qint64 size, qint64 maxSize = 256 << 20);
    //! SHA-256 of \a data (the manifest's hash of an entry's uncompressed bytes), the digest
    //! QCryptographicHash gives, with the x86 SHA instructions where the CPU has them.
    static QByteArray sha256(const QByteArray &data);
};

} // namespace Ss::Core
