// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "fieldvalidationstate.h"

namespace Ss::Ui {

QHash<FieldValidationState::Field, QStringList> FieldValidationState::visibleMessages(
    const Sync::ProposalDraft &draft) const
{
    QHash<Field, QStringList> out;
    for (const Sync::ProposalValidator::Issue &issue : m_validator.validate(draft)) {
        if (isTouched(issue.field))
            out[issue.field].append(issue.message);
    }
    return out;
}

} // namespace Ss::Ui
