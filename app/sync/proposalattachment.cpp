// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "proposalattachment.h"

#include "proposalvalidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Ss::Sync {

QByteArray ProposalAttachment::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

ProposalAttachment ProposalAttachment::fromData(const QString &fileName, const QString &mimeType, const QByteArray &data)
{
    ProposalAttachment a;
    a.fileName = fileName;
    a.mimeType = mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType;
    a.size = data.size();
    a.sha256 = sha256Hex(data);
    a.data = data;
    return a;
}

std::optional<ProposalAttachment> ProposalAttachment::fromFile(const QString &path, qint64 maxBytes, QString *error)
{
    const QFileInfo info(path);
    if (info.size() > maxBytes) {
        *error = ProposalValidator::fileTooLargeMessage(info.fileName(), info.size(), maxBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 file name, %2 the system's reason
        *error = tr("“%1” cannot be read: %2").arg(info.fileName(), file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) { // it grew while we looked
        *error = ProposalValidator::fileTooLargeMessage(info.fileName(), data.size(), maxBytes);
        return std::nullopt;
    }
    return fromData(info.fileName(), QMimeDatabase().mimeTypeForFileNameAndData(path, data).name(), data);
}

} // namespace Ss::Sync
