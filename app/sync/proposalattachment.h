// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Ss::Sync {

/*! \brief A file attached to a proposal.
 *
 * The bytes are copied into the draft database when the draft is saved, so the proposal does not depend on the
 * original file (moved, edited, on a removed stick). Loaded drafts carry only the metadata: \c data is empty and
 * \c id names the stored copy (DraftStore::attachmentData()). A new attachment has id 0 and carries its bytes. */
struct ProposalAttachment
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Sync::ProposalAttachment)

public:
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256; //!< lowercase hex
    QByteArray data;   //!< only for a new attachment, until DraftStore::save() stored it

    //! A new attachment from bytes; computes size and SHA-256.
    static ProposalAttachment fromData(const QString &fileName, const QString &mimeType, const QByteArray &data);
    /*! A new attachment read from \a path, refusing files over \a maxBytes without reading them whole.
     *  On failure returns nothing and sets \a error (translated). */
    static std::optional<ProposalAttachment> fromFile(const QString &path, qint64 maxBytes, QString *error);
    static QByteArray sha256Hex(const QByteArray &data);

    friend bool operator==(const ProposalAttachment &, const ProposalAttachment &) = default;
};

} // namespace Ss::Sync
