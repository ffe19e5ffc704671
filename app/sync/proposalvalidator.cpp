// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "proposalvalidator.h"

#include <QLocale>
#include <QRegularExpression>

namespace Ss::Sync {

namespace {
constexpr ProposalValidator::Field kFormOrder[] = {
    ProposalValidator::Field::Title,        ProposalValidator::Field::Organisation,
    ProposalValidator::Field::ContactName,  ProposalValidator::Field::ContactEmail,
    ProposalValidator::Field::ContactPhone, ProposalValidator::Field::Country,
    ProposalValidator::Field::City,         ProposalValidator::Field::PolicyArea,
    ProposalValidator::Field::Summary,      ProposalValidator::Field::Body,
    ProposalValidator::Field::Language,     ProposalValidator::Field::Attachments,
};
constexpr int kMaxTitleLength = 200;
constexpr int kMaxSummaryLength = 2000;

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}
} // namespace

ProposalValidator::ProposalValidator() = default;

bool ProposalValidator::isValidEmail(const QString &email)
{
    // Deliberately loose (RFC 5321 allows much more): one @, a dot in the domain, no spaces, at most 254 characters.
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

bool ProposalValidator::isValidPhone(const QString &phone)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+?[0-9 ().\-]+$)"));
    if (!re.match(phone.trimmed()).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7 && digits <= 15; // E.164: at most 15 digits
}

QString ProposalValidator::fileTooLargeMessage(const QString &fileName, qint64 size, qint64 maxBytes)
{
    //: %1 file name, %2 its size, %3 the limit (both formatted, e.g. "12.5 MB")
    return tr("“%1” is %2; attachments can be at most %3.")
        .arg(fileName, QLocale().formattedDataSize(size), QLocale().formattedDataSize(maxBytes));
}

QString ProposalValidator::limitsText() const
{
    //: %1 number of files, %2 size per file, %3 total size (e.g. "10 MB")
    return tr("Up to %1 files, %2 each, %3 in all.")
        .arg(m_limits.maxFiles)
        .arg(QLocale().formattedDataSize(m_limits.maxFileBytes), QLocale().formattedDataSize(m_limits.maxTotalBytes));
}

QList<ProposalValidator::Issue> ProposalValidator::validate(const ProposalDraft &draft) const
{
    QList<Issue> issues;
    for (Field field : kFormOrder)
        check(draft, field, &issues);
    return issues;
}

QList<ProposalValidator::Issue> ProposalValidator::validateField(const ProposalDraft &draft, Field field) const
{
    QList<Issue> issues;
    check(draft, field, &issues);
    return issues;
}

void ProposalValidator::check(const ProposalDraft &d, Field field, QList<Issue> *issues) const
{
    auto add = [&](const QString &message) { issues->append({field, message}); };
    switch (field) {
    case Field::Title:
        if (isBlank(d.title))
            add(tr("Enter a title."));
        else if (d.title.size() > kMaxTitleLength)
            //: %1 maximum number of characters
            add(tr("The title can be at most %1 characters long.").arg(kMaxTitleLength));
        break;
    case Field::Organisation:
        if (isBlank(d.organisation))
            add(tr("Enter the proposing organisation."));
        break;
    case Field::ContactName:
        if (isBlank(d.contactName))
            add(tr("Enter the name of a contact person."));
        break;
    case Field::ContactEmail:
        if (isBlank(d.contactEmail))
            add(tr("Enter a contact e-mail address."));
        else if (!isValidEmail(d.contactEmail.trimmed()))
            //: %1 what the user typed
            add(tr("“%1” is not an e-mail address (example: name@example.org).").arg(d.contactEmail.trimmed()));
        break;
    case Field::ContactPhone: // optional
        if (!isBlank(d.contactPhone) && !isValidPhone(d.contactPhone))
            //: %1 what the user typed
            add(tr("“%1” is not a phone number (example: +82 2 120 1234).").arg(d.contactPhone.trimmed()));
        break;
    case Field::Country:
        if (isBlank(d.country))
            add(tr("Choose or enter a country."));
        break;
    case Field::City: // optional: a country-wide proposal has none
        break;
    case Field::PolicyArea:
        if (isBlank(d.policyArea))
            add(tr("Choose a policy area."));
        break;
    case Field::Summary:
        if (isBlank(d.summary))
            add(tr("Write a short summary."));
        else if (d.summary.size() > kMaxSummaryLength)
            //: %1 maximum number of characters
            add(tr("The summary can be at most %1 characters long.").arg(kMaxSummaryLength));
        break;
    case Field::Body:
        if (isBlank(d.body))
            add(tr("Write the proposal."));
        break;
    case Field::Language:
        if (d.language != u"ko" && d.language != u"en")
            add(tr("Choose the language of the proposal."));
        break;
    case Field::Attachments: {
        if (d.attachments.size() > m_limits.maxFiles)
            //: %1 maximum number of attachments
            add(tr("A proposal can have at most %1 attachments.").arg(m_limits.maxFiles));
        for (const ProposalAttachment &a : d.attachments) {
            if (a.size > m_limits.maxFileBytes)
                add(fileTooLargeMessage(a.fileName, a.size, m_limits.maxFileBytes));
        }
        if (d.attachmentBytes() > m_limits.maxTotalBytes)
            //: %1 total size of the attachments, %2 the limit (e.g. "25 MB")
            add(tr("The attachments are %1 in all; the limit is %2.")
                    .arg(QLocale().formattedDataSize(d.attachmentBytes()),
                         QLocale().formattedDataSize(m_limits.maxTotalBytes)));
        break;
    }
    }
}

} // namespace Ss::Sync
