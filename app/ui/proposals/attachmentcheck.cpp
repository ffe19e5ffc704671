// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "attachmentcheck.h"

#include <QFileInfo>
#include <QLocale>

namespace Ss::Ui {

std::optional<Sync::ProposalAttachment> AttachmentCheck::load(const QString &path, const Sync::ProposalDraft &draft,
                                                              const Sync::ProposalValidator::Limits &limits,
                                                              QString *error)
{
    const QFileInfo info(path);
    if (draft.attachments.size() >= limits.maxFiles) {
        //: %1 file name, %2 maximum number of attachments
        *error = tr("“%1” was not attached: a proposal can have at most %2 attachments.")
                     .arg(info.fileName())
                     .arg(limits.maxFiles);
        return std::nullopt;
    }
    if (!info.isFile()) {
        //: %1 file name
        *error = tr("“%1” is not a file.").arg(info.fileName());
        return std::nullopt;
    }
    std::optional<Sync::ProposalAttachment> a = Sync::ProposalAttachment::fromFile(path, limits.maxFileBytes, error);
    if (!a)
        return std::nullopt;
    const qint64 total = draft.attachmentBytes() + a->size;
    if (total > limits.maxTotalBytes) {
        //: %1 file name, %2 the limit for all attachments together (e.g. "25 MB")
        *error = tr("“%1” was not attached: all attachments together can be at most %2.")
                     .arg(a->fileName, QLocale().formattedDataSize(limits.maxTotalBytes));
        return std::nullopt;
    }
    return a;
}

QString AttachmentCheck::usageText(const Sync::ProposalDraft &draft, const Sync::ProposalValidator::Limits &limits)
{
    //: %1 size of the attachments, %2 the limit (e.g. "3.2 MB of 25 MB used")
    return tr("%1 of %2 used")
        .arg(QLocale().formattedDataSize(draft.attachmentBytes()), QLocale().formattedDataSize(limits.maxTotalBytes));
}

} // namespace Ss::Ui
