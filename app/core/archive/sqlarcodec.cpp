// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "sqlarcodec.h"

#include <zlib.h>

namespace Ss::Core {

QByteArray SqlarCodec::encode(const QByteArray &raw, int level)
{
    if (raw.isEmpty())
        return raw;
    uLongf bound = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &bound, reinterpret_cast<const Bytef *>(raw.constData()),
                  uLong(raw.size()), level) != Z_OK
        || qsizetype(bound) >= raw.size())
        return raw;
    out.truncate(qsizetype(bound));
    return out;
}

std::optional<QByteArray> SqlarCodec::decode(const QByteArray &data, qint64 size, qint64 maxSize)
{
    if (size < 0 || size > maxSize || data.size() > size)
        return std::nullopt;
    if (data.size() == size)
        return data;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    uLongf outLen = uLongf(size);
    if (uncompress(reinterpret_cast<Bytef *>(out.data()), &outLen, reinterpret_cast<const Bytef *>(data.constData()),
                   uLong(data.size())) != Z_OK
        || qint64(outLen) != size)
        return std::nullopt;
    return out;
}

} // namespace Ss::Core
