// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The proposal form on a real DraftStore: typing reaches the database within a second and survives reopening it;
// inline validation messages come and go; an over-limit attachment is refused; submitting; re-translation.

#include <ui/proposals/citychoice.h>
#include <ui/proposals/proposaleditor.h>

#include <sync/draftstore.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Ss;
using Field = Ui::ProposalEditor::Field;

namespace {
// Marks every translated string, so that a test sees that the widgets asked again.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char * = nullptr, int = -1) const override
    {
        return QStringLiteral("[%1]").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestProposalEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sync::DraftStore> m_store;
    int m_dbNumber = 0;

    qint64 newDraft()
    {
        Sync::ProposalDraft d;
        d.language = QStringLiteral("en");
        if (!m_store->save(d))
            return 0;
        return d.id;
    }
    template <typename W> W *field(Ui::ProposalEditor &editor, Field f)
    {
        return qobject_cast<W *>(editor.fieldWidget(f));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Sync::DraftStore>();
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("proposals-%1.sqlite").arg(++m_dbNumber))),
                 qPrintable(m_store->errorString()));
    }
    void cleanup() { m_store.reset(); }

    void typingReachesTheStoreAndSurvivesReopening()
    {
        const qint64 id = newDraft();
        QVERIFY(id);
        const QString path = m_store->path();
        {
            Ui::ProposalEditor editor(m_store.get());
            editor.show();
            QVERIFY(editor.openDraft(id));
            QLineEdit *title = field<QLineEdit>(editor, Field::Title);
            QVERIFY(title);
            QElapsedTimer clock;
            clock.start();
            QTest::keyClicks(title, QStringLiteral("Bus rapid transit for Hanoi"));
            QTest::keyClicks(field<QPlainTextEdit>(editor, Field::Body), QStringLiteral("## Background"));
            QCOMPARE(editor.saveStateText(), QStringLiteral("Saving…"));
            // Saved within a second of the first change (Autosaver), without flush() or closing.
            QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id)->title, QStringLiteral("Bus rapid transit for Hanoi"), 1500);
            QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id)->body, QStringLiteral("## Background"), 1500);
            QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
            QTRY_COMPARE(editor.saveStateText(), QStringLiteral("Saved"));
            // The last keystrokes are saved when the form goes away.
            QTest::keyClicks(field<QLineEdit>(editor, Field::Organisation), QStringLiteral("Hanoi DoT"));
        }
        m_store.reset();
        Sync::DraftStore reopened;
        QVERIFY(reopened.open(path));
        const std::optional<Sync::ProposalDraft> d = reopened.draft(id);
        QVERIFY(d);
        QCOMPARE(d->title, QStringLiteral("Bus rapid transit for Hanoi"));
        QCOMPARE(d->body, QStringLiteral("## Background"));
        QCOMPARE(d->organisation, QStringLiteral("Hanoi DoT"));
    }

    void cityChoicesFillCountryAndDocId()
    {
        const qint64 id = newDraft();
        Ui::ProposalEditor editor(m_store.get());
        editor.setCityChoices({{QStringLiteral("overseas-cities/hanoi"), QStringLiteral("Hanoi"),
                                QStringLiteral("Viet Nam")},
                               {QStringLiteral("overseas-cities/ulaanbaatar"), QStringLiteral("Ulaanbaatar"),
                                QStringLiteral("Mongolia")}});
        editor.setPolicyAreas({{QStringLiteral("transportation"), QStringLiteral("Transportation")}});
        QVERIFY(editor.openDraft(id));
        auto *country = field<QComboBox>(editor, Field::Country);
        auto *city = field<QComboBox>(editor, Field::City);
        QCOMPARE(country->count(), 2);
        QTest::keyClicks(city->lineEdit(), QStringLiteral("Hanoi"));
        QCOMPARE(editor.draft().cityDocId, QStringLiteral("overseas-cities/hanoi"));
        QCOMPARE(editor.draft().country, QStringLiteral("Viet Nam")); // filled from the city page
        city->lineEdit()->clear();
        QTest::keyClicks(city->lineEdit(), QStringLiteral("Da Nang")); // free text
        QCOMPARE(editor.draft().city, QStringLiteral("Da Nang"));
        QVERIFY(editor.draft().cityDocId.isEmpty());
        auto *area = field<QComboBox>(editor, Field::PolicyArea);
        area->setCurrentIndex(area->findData(QStringLiteral("transportation")));
        QCOMPARE(editor.draft().policyArea, QStringLiteral("transportation"));
        QVERIFY(editor.flush());
        QCOMPARE(m_store->draft(id)->city, QStringLiteral("Da Nang"));
        QCOMPARE(m_store->draft(id)->policyArea, QStringLiteral("transportation"));
    }

    void validationMessagesComeAndGo()
    {
        const qint64 id = newDraft();
        Ui::ProposalEditor editor(m_store.get());
        editor.show();
        QVERIFY(editor.openDraft(id));
        QVERIFY(editor.fieldMessage(Field::Title).isEmpty()); // nothing touched: no scolding yet
        QVERIFY(editor.fieldMessage(Field::ContactEmail).isEmpty());

        QLineEdit *email = field<QLineEdit>(editor, Field::ContactEmail);
        QTest::keyClicks(email, QStringLiteral("someone-at-example"));
        QVERIFY2(editor.fieldMessage(Field::ContactEmail).contains(QStringLiteral("not an e-mail address")),
                 qPrintable(editor.fieldMessage(Field::ContactEmail)));
        QVERIFY(editor.fieldMessage(Field::Title).isEmpty()); // other fields stay quiet
        email->clear();
        QTest::keyClicks(email, QStringLiteral("someone@example.org"));
        QVERIFY(editor.fieldMessage(Field::ContactEmail).isEmpty());

        QLineEdit *title = field<QLineEdit>(editor, Field::Title);
        QTest::keyClicks(title, QStringLiteral("X"));
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(editor.fieldMessage(Field::Title), QStringLiteral("Enter a title."));
        QTest::keyClicks(title, QStringLiteral("Smart bus stops"));
        QVERIFY(editor.fieldMessage(Field::Title).isEmpty());

        // Submit shows every remaining message at once and queues nothing.
        QVERIFY(!editor.submit());
        QCOMPARE(editor.fieldMessage(Field::Organisation), QStringLiteral("Enter the proposing organisation."));
        QVERIFY(!editor.fieldMessage(Field::Summary).isEmpty());
        QVERIFY(!editor.fieldMessage(Field::Body).isEmpty());
        QVERIFY(editor.fieldMessage(Field::Title).isEmpty());
        QCOMPARE(m_store->draft(id)->status, Sync::ProposalStatus::Draft);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void completeDraftIsSubmittedAndReadOnly()
    {
        const qint64 id = newDraft();
        Ui::ProposalEditor editor(m_store.get());
        editor.setPolicyAreas({{QStringLiteral("transportation"), QStringLiteral("Transportation")}});
        QVERIFY(editor.openDraft(id));
        QTest::keyClicks(field<QLineEdit>(editor, Field::Title), QStringLiteral("Bus rapid transit"));
        QTest::keyClicks(field<QLineEdit>(editor, Field::Organisation), QStringLiteral("Hanoi DoT"));
        QTest::keyClicks(field<QLineEdit>(editor, Field::ContactName), QStringLiteral("Nguyen Van A"));
        QTest::keyClicks(field<QLineEdit>(editor, Field::ContactEmail), QStringLiteral("a@example.vn"));
        QTest::keyClicks(field<QComboBox>(editor, Field::Country)->lineEdit(), QStringLiteral("Viet Nam"));
        auto *area = field<QComboBox>(editor, Field::PolicyArea);
        area->setCurrentIndex(area->findData(QStringLiteral("transportation")));
        QTest::keyClicks(field<QPlainTextEdit>(editor, Field::Summary), QStringLiteral("BRT on two corridors."));
        QTest::keyClicks(field<QPlainTextEdit>(editor, Field::Body), QStringLiteral("## Plan"));
        QSignalSpy submitted(&editor, &Ui::ProposalEditor::submitted);
        QVERIFY(editor.submit());
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(m_store->draft(id)->status, Sync::ProposalStatus::Queued);
        QCOMPARE(m_store->outboxCount(), 1);
        QVERIFY(!editor.isEditable());
        QVERIFY(field<QLineEdit>(editor, Field::Title)->isReadOnly());
        QVERIFY(!editor.addRelatedDocument(QStringLiteral("a/b"), QStringLiteral("B")));
    }

    void overLimitAttachmentIsRefused()
    {
        Sync::ProposalValidator::Limits limits;
        limits.maxFileBytes = 1024;
        m_store->setLimits(limits);
        const qint64 id = newDraft();
        Ui::ProposalEditor editor(m_store.get());
        editor.show();
        QVERIFY(editor.openDraft(id));
        QFile big(m_dir.filePath(QStringLiteral("plan-big.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(2048, 'p'));
        big.close();
        QFile small(m_dir.filePath(QStringLiteral("letter.txt")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("Dear Seoul");
        small.close();

        QVERIFY(!editor.addAttachmentFiles({big.fileName()}));
        QVERIFY2(editor.fieldMessage(Field::Attachments).contains(QStringLiteral("plan-big.pdf")),
                 qPrintable(editor.fieldMessage(Field::Attachments)));
        QVERIFY(editor.draft().attachments.isEmpty());
        QVERIFY(editor.addAttachmentFiles({small.fileName()}));
        QVERIFY(editor.fieldMessage(Field::Attachments).isEmpty());
        QVERIFY(editor.flush());
        const std::optional<Sync::ProposalDraft> stored = m_store->draft(id);
        QCOMPARE(stored->attachments.size(), 1);
        QCOMPARE(stored->attachments.first().fileName, QStringLiteral("letter.txt"));
        QCOMPARE(m_store->attachmentData(stored->attachments.first().id), QByteArray("Dear Seoul"));
    }

    void retranslates()
    {
        const qint64 id = newDraft();
        Ui::ProposalEditor editor(m_store.get());
        editor.show();
        QVERIFY(editor.openDraft(id));
        QTest::keyClicks(field<QLineEdit>(editor, Field::ContactEmail), QStringLiteral("bad"));
        auto *titleLabel = qobject_cast<QLabel *>(
            editor.findChildren<QLabel *>().value(0)); // any label will do: they all come from tr()
        QVERIFY(titleLabel);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking)); // sends LanguageChange to every widget
        QCoreApplication::processEvents();
        QVERIFY2(field<QLineEdit>(editor, Field::Title)->placeholderText().startsWith(u'['),
                 qPrintable(field<QLineEdit>(editor, Field::Title)->placeholderText()));
        QVERIFY(editor.fieldMessage(Field::ContactEmail).startsWith(u'[')); // the validator's messages too
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QVERIFY(!field<QLineEdit>(editor, Field::Title)->placeholderText().startsWith(u'['));
        // With no draft open, too.
        editor.closeDraft();
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        QCoreApplication::removeTranslator(&marking);
    }
};

QTEST_MAIN(TestProposalEditor)
#include "tst_proposaleditor.moc"
