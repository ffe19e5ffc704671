// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "multipartparser.h"

namespace Ss::SyncServer {

std::optional<QByteArray> MultipartParser::boundary(const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    if (params.isEmpty() || params.first().trimmed().toLower() != "multipart/form-data")
        return std::nullopt;
    for (const QByteArray &param : params.mid(1)) {
        const QByteArray p = param.trimmed();
        if (p.toLower().startsWith("boundary=")) {
            QByteArray value = p.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            if (value.isEmpty() || value.size() > 70)
                return std::nullopt;
            return value;
        }
    }
    return std::nullopt;
}

std::optional<QList<MultipartPart>> MultipartParser::parse(const QByteArray &body, const QByteArray &boundary)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    QList<MultipartPart> parts;
    const QByteArray separator = "\r\n" + delimiter;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return std::nullopt;
        MultipartPart part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            part.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype next = body.indexOf(separator, headerEnd + 4);
        if (next < 0)
            return std::nullopt; // truncated
        part.body = body.mid(headerEnd + 4, next - headerEnd - 4);
        for (const QByteArray &param : part.headers.value("content-disposition").split(';')) {
            const QByteArray p = param.trimmed();
            if (p.startsWith("name=")) {
                part.name = p.mid(5);
                if (part.name.startsWith('"') && part.name.endsWith('"') && part.name.size() >= 2)
                    part.name = part.name.mid(1, part.name.size() - 2);
            }
        }
        parts.append(part);
        pos = next + 2; // at the delimiter
    }
}

} // namespace Ss::SyncServer
