// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "proposaldraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ss::Sync {

/*! \brief Checks a proposal before it may be submitted, with one translated message per problem.
 *
 * The form shows each message next to its field (inline validation); DraftStore::submit() runs the same check,
 * so nothing invalid reaches the outbox. Messages are made at each call, so they follow a language switch. */
class ProposalValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Sync::ProposalValidator)

public:
    enum class Field {
        Title,
        Organisation,
        ContactName,
        ContactEmail,
        ContactPhone,
        Country,
        City,
        PolicyArea,
        Summary,
        Body,
        Language,
        Attachments,
    };

    struct Issue
    {
        Field field;
        QString message;
    };

    //! The attachment limits, shown by the form ("up to 10 files, 10 MB each, 25 MB in all").
    struct Limits
    {
        qint64 maxFileBytes = 10 * 1024 * 1024;
        qint64 maxTotalBytes = 25 * 1024 * 1024;
        int maxFiles = 10;
    };

    ProposalValidator();
    explicit ProposalValidator(const Limits &limits) : m_limits(limits) {}

    //! Every problem of \a draft, in form order; empty when it can be submitted.
    QList<Issue> validate(const ProposalDraft &draft) const;
    //! The problems of one field, for validating as the user leaves it.
    QList<Issue> validateField(const ProposalDraft &draft, Field field) const;

    const Limits &limits() const { return m_limits; }
    //! The limits as one sentence for the attachment area of the form.
    QString limitsText() const;

    //! The message for a file over the size limit (also used when attaching, by ProposalAttachment::fromFile()).
    static QString fileTooLargeMessage(const QString &fileName, qint64 size, qint64 maxBytes);

    static bool isValidEmail(const QString &email);
    //! International or national numbers: digits with optional leading +, spaces, dots, dashes, parentheses; 7–15 digits.
    static bool isValidPhone(const QString &phone);

private:
    void check(const ProposalDraft &draft, Field field, QList<Issue> *issues) const;

    Limits m_limits;
};

} // namespace Ss::Sync
