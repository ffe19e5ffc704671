// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// ProposalValidator: required fields, e-mail and phone formats, attachment limits, and messages that are
// translatable (context Ss::Sync::ProposalValidator) and made at each call, so they follow a language switch.
#include "testproposals.h"

#include <sync/proposalvalidator.h>

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Ss::Sync;
using Field = ProposalValidator::Field;

namespace {
//! A catalog that "translates" every validator message by tagging it, to see which strings go through tr().
class TaggingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "Ss::Sync::ProposalValidator")
            return {};
        return QStringLiteral("[ko] ") + QString::fromUtf8(sourceText);
    }
};

QList<Field> fieldsOf(const QList<ProposalValidator::Issue> &issues)
{
    QList<Field> fields;
    for (const auto &issue : issues)
        fields.append(issue.field);
    return fields;
}
} // namespace

class TestProposalValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProposalPasses()
    {
        const auto issues = ProposalValidator().validate(Ss::SyncTest::validProposal(1));
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
    }

    void emptyProposalListsRequiredFieldsInFormOrder()
    {
        ProposalDraft empty;
        empty.language.clear();
        const auto issues = ProposalValidator().validate(empty);
        QCOMPARE(fieldsOf(issues), (QList<Field>{Field::Title, Field::Organisation, Field::ContactName,
                                                 Field::ContactEmail, Field::Country, Field::PolicyArea,
                                                 Field::Summary, Field::Body, Field::Language}));
        QCOMPARE(issues.first().message, QStringLiteral("Enter a title."));
        for (const auto &issue : issues)
            QVERIFY(!issue.message.isEmpty());
        // Blank is empty.
        ProposalDraft blank = Ss::SyncTest::validProposal(1);
        blank.title = QStringLiteral("  \t ");
        QCOMPARE(fieldsOf(ProposalValidator().validate(blank)), QList<Field>{Field::Title});
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("kim@seoul.go.kr") << true;
        QTest::newRow("plus") << QStringLiteral("a.b+c@example.org") << true;
        QTest::newRow("idn") << QStringLiteral("민지@서울.한국") << true;
        QTest::newRow("no-at") << QStringLiteral("kim.seoul.go.kr") << false;
        QTest::newRow("two-at") << QStringLiteral("kim@@seoul.go.kr") << false;
        QTest::newRow("no-dot") << QStringLiteral("kim@localhost") << false;
        QTest::newRow("space") << QStringLiteral("kim lee@seoul.go.kr") << false;
        QTest::newRow("trailing-dot") << QStringLiteral("kim@seoul.") << false;
        QTest::newRow("too-long") << (QString(250, u'a') + QStringLiteral("@b.cd")) << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(ProposalValidator::isValidEmail(email), valid);
        ProposalDraft d = Ss::SyncTest::validProposal(1);
        d.contactEmail = email;
        const auto issues = ProposalValidator().validateField(d, Field::ContactEmail);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QVERIFY2(issues.first().message.contains(email), qPrintable(issues.first().message));
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("seoul") << QStringLiteral("+82 2 120 1234") << true;
        QTest::newRow("national") << QStringLiteral("02-120-1234") << true;
        QTest::newRow("brackets") << QStringLiteral("+1 (212) 555-0100") << true;
        QTest::newRow("empty-is-optional") << QString() << true;
        QTest::newRow("letters") << QStringLiteral("call me") << false;
        QTest::newRow("too-short") << QStringLiteral("12-34") << false;
        QTest::newRow("too-long") << QStringLiteral("+82 1234 5678 9012 345") << false;
        QTest::newRow("plus-inside") << QStringLiteral("82+21201234") << false;
    }

    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        ProposalDraft d = Ss::SyncTest::validProposal(1);
        d.contactPhone = phone;
        QCOMPARE(ProposalValidator().validateField(d, Field::ContactPhone).isEmpty(), valid);
    }

    void attachmentLimits()
    {
        ProposalValidator::Limits limits;
        limits.maxFileBytes = 1000;
        limits.maxTotalBytes = 2500;
        limits.maxFiles = 3;
        const ProposalValidator validator(limits);
        ProposalDraft d = Ss::SyncTest::validProposal(1);
        auto add = [&d](const QString &name, int size) {
            d.attachments.append(ProposalAttachment::fromData(name, QString(), QByteArray(size, 'x')));
        };
        add(QStringLiteral("a.pdf"), 1000);
        add(QStringLiteral("b.pdf"), 900);
        QVERIFY(validator.validate(d).isEmpty());

        add(QStringLiteral("큰파일.pdf"), 1001); // one too many bytes, and 2,901 in all
        auto issues = validator.validate(d);
        QCOMPARE(fieldsOf(issues), (QList<Field>{Field::Attachments, Field::Attachments}));
        QVERIFY2(issues.at(0).message.contains(u"큰파일.pdf"), qPrintable(issues.at(0).message));
        QVERIFY2(issues.at(1).message.contains(u"in all"), qPrintable(issues.at(1).message));

        d.attachments.removeLast();
        add(QStringLiteral("c.pdf"), 10);
        add(QStringLiteral("d.pdf"), 10);
        issues = validator.validate(d);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(u"at most 3"), qPrintable(issues.first().message));
        QVERIFY(!validator.limitsText().isEmpty());
    }

    void lengthLimits()
    {
        ProposalDraft d = Ss::SyncTest::validProposal(1);
        d.title = QString(201, u'가');
        d.summary = QString(2001, u'a');
        QCOMPARE(fieldsOf(ProposalValidator().validate(d)), (QList<Field>{Field::Title, Field::Summary}));
    }

    void languageMustBeKoreanOrEnglish()
    {
        ProposalDraft d = Ss::SyncTest::validProposal(1);
        d.language = QStringLiteral("fr");
        QCOMPARE(fieldsOf(ProposalValidator().validate(d)), QList<Field>{Field::Language});
    }

    void messagesAreTranslatedAtEachCall()
    {
        ProposalDraft d;
        d.contactEmail = QStringLiteral("nope");
        const QString english = ProposalValidator().validateField(d, Field::ContactEmail).first().message;
        TaggingTranslator korean;
        QVERIFY(QCoreApplication::installTranslator(&korean));
        const auto issues = ProposalValidator().validate(d);
        QCoreApplication::removeTranslator(&korean);
        for (const auto &issue : issues)
            QVERIFY2(issue.message.startsWith(u"[ko] "), qPrintable(issue.message)); // every message uses tr()
        QCOMPARE(ProposalValidator().validateField(d, Field::ContactEmail).first().message, english);
    }
};

QTEST_GUILESS_MAIN(TestProposalValidator)
#include "tst_proposalvalidator.moc"
