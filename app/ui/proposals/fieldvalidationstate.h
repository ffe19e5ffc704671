// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <sync/proposalvalidator.h>

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Ss::Ui {

/*! \brief Which validation messages the form shows: those of the fields the user has touched (typed into or left),
 * and all of them after an attempt to submit. The messages themselves are Sync::ProposalValidator's, made afresh at
 * each call so that they follow the text and the UI language. */
class FieldValidationState final
{
public:
    using Field = Sync::ProposalValidator::Field;

    explicit FieldValidationState(const Sync::ProposalValidator::Limits &limits = {}) : m_validator(limits) {}

    void setLimits(const Sync::ProposalValidator::Limits &limits) { m_validator = Sync::ProposalValidator(limits); }
    //! The user typed into or left \a field: its messages show from now on.
    void touch(Field field) { m_touched.insert(field); }
    bool isTouched(Field field) const { return m_showAll || m_touched.contains(field); }
    //! After Submit: every message shows.
    void showAll() { m_showAll = true; }
    bool isShowingAll() const { return m_showAll; }
    //! Another draft was opened: nothing is touched.
    void reset()
    {
        m_touched.clear();
        m_showAll = false;
    }

    //! The messages to show now, by field (fields without messages are absent).
    QHash<Field, QStringList> visibleMessages(const Sync::ProposalDraft &draft) const;
    //! Every problem of \a draft, shown or not (Submit uses it).
    QList<Sync::ProposalValidator::Issue> allIssues(const Sync::ProposalDraft &draft) const
    {
        return m_validator.validate(draft);
    }
    const Sync::ProposalValidator &validator() const { return m_validator; }

private:
    Sync::ProposalValidator m_validator;
    QSet<Field> m_touched;
    bool m_showAll = false;
};

} // namespace Ss::Ui
