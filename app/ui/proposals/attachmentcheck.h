// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <sync/proposaldraft.h>
#include <sync/proposalvalidator.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Ss::Ui {

/*! \brief Reads a file the user attaches, refusing it (with a translated message) when it would break a limit:
 * too many files, the file over the per-file limit (refused before it is read), or the total over the limit. */
class AttachmentCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Ui::AttachmentCheck)

public:
    //! The attachment made from \a path to add to \a draft, or nothing and \a error.
    static std::optional<Sync::ProposalAttachment> load(const QString &path, const Sync::ProposalDraft &draft,
                                                        const Sync::ProposalValidator::Limits &limits,
                                                        QString *error);
    //! The used and allowed sizes, for the attachment area ("3.2 MB of 25 MB").
    static QString usageText(const Sync::ProposalDraft &draft, const Sync::ProposalValidator::Limits &limits);
};

} // namespace Ss::Ui
