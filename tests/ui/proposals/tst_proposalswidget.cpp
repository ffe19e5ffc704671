// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The Business Proposal Corner (drafts list + form) on a real DraftStore: new, duplicated and deleted drafts in the
// list (with undo), the status words and the city's reply, "add to proposal" with no draft open, the filter, and
// opening a related document.

#include <ui/proposals/draftfiltermodel.h>
#include <ui/proposals/draftslist.h>
#include <ui/proposals/drafttablemodel.h>
#include <ui/proposals/proposaleditor.h>
#include <ui/proposals/proposalswidget.h>

#include <sync/draftstore.h>

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Ss;
using Field = Ui::ProposalEditor::Field;

class TestProposalsWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sync::DraftStore> m_store;
    int m_dbNumber = 0;

    // The list's text for draft \a id in \a column.
    static QString cell(Ui::ProposalsWidget &w, qint64 id, int column)
    {
        Ui::DraftTableModel *model = w.draftsList()->model();
        const int row = model->rowOf(id);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }

    qint64 completeDraft(const QString &title)
    {
        Sync::ProposalDraft d;
        d.title = title;
        d.organisation = QStringLiteral("Hanoi DoT");
        d.contactName = QStringLiteral("Nguyen Van A");
        d.contactEmail = QStringLiteral("a@example.vn");
        d.country = QStringLiteral("Viet Nam");
        d.policyArea = QStringLiteral("transportation");
        d.summary = QStringLiteral("Summary");
        d.body = QStringLiteral("Body");
        d.language = QStringLiteral("en");
        return m_store->save(d) ? d.id : 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Sync::DraftStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("p-%1.sqlite").arg(++m_dbNumber))));
    }
    void cleanup() { m_store.reset(); }

    void addRelatedDocumentWithNoDraftMakesOne()
    {
        Ui::ProposalsWidget w(m_store.get(), nullptr);
        w.show();
        QVERIFY(m_store->drafts().isEmpty());
        QVERIFY(!w.editor()->hasDraft());
        w.addRelatedDocument(QStringLiteral("model-policies/transportation/bus-reform"), QStringLiteral("Bus reform"));
        QCOMPARE(m_store->drafts().size(), 1);
        const qint64 id = m_store->drafts().first().id;
        QCOMPARE(w.editor()->draftId(), id);
        QCOMPARE(w.draftsList()->currentDraftId(), id);
        w.addRelatedDocument(QStringLiteral("model-policies/transportation/bus-reform"), QStringLiteral("Bus reform"));
        w.addRelatedDocument(QStringLiteral("overseas-cities/hanoi"), QStringLiteral("Hanoi"));
        QCOMPARE(m_store->drafts().size(), 1); // the open draft takes the next ones, once each
        QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id)->relatedDocuments.size(), 2, 1500);
        QCOMPARE(m_store->draft(id)->relatedDocuments.first().title, QStringLiteral("Bus reform"));

        // Double-clicking a related document asks the main window to show it.
        QSignalSpy open(&w, &Ui::ProposalsWidget::openDocumentRequested);
        auto *related = w.editor()->findChild<QListWidget *>();
        QVERIFY(related);
        QCOMPARE(related->count(), 2);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Mouse events go to whatever is at that point of the window: scroll the list into view.
        w.editor()->findChild<QScrollArea *>()->ensureWidgetVisible(related);
        const QRect rect = related->visualItemRect(related->item(1));
        QVERIFY2(rect.isValid(), qPrintable(QStringLiteral("%1 %2").arg(rect.width()).arg(rect.height())));
        // As a user does it: the press of the first click selects the item, the second click is the double one.
        QTest::mouseClick(related->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(related->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("overseas-cities/hanoi"));
    }

    void listShowsNewDuplicatedAndDeletedDrafts()
    {
        Ui::ProposalsWidget w(m_store.get(), nullptr);
        w.show();
        Ui::DraftsList *list = w.draftsList();
        QCOMPARE(list->model()->rowCount(), 0);
        const qint64 first = w.newDraft();
        QVERIFY(first);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(cell(w, first, Ui::DraftTableModel::TitleColumn), QStringLiteral("Untitled proposal"));
        QCOMPARE(cell(w, first, Ui::DraftTableModel::StatusColumn), QStringLiteral("Draft"));
        QVERIFY(!cell(w, first, Ui::DraftTableModel::UpdatedColumn).isEmpty());
        // The title typed into the form shows in the list once saved.
        QTest::keyClicks(qobject_cast<QLineEdit *>(w.editor()->fieldWidget(Field::Title)), QStringLiteral("Parks"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(w, first, Ui::DraftTableModel::TitleColumn), QStringLiteral("Parks"), 1500);

        list->duplicateAction()->trigger();
        QCOMPARE(list->model()->rowCount(), 2);
        const qint64 copy = list->currentDraftId();
        QVERIFY(copy != first);
        QCOMPARE(cell(w, copy, Ui::DraftTableModel::TitleColumn), QStringLiteral("Parks"));
        QCOMPARE(w.editor()->draftId(), copy);

        list->deleteAction()->trigger();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->rowOf(copy), -1);
        QCOMPARE(m_store->drafts().size(), 1);
        QVERIFY(list->undoAction()->isEnabled());
        list->undoAction()->trigger();
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->currentDraftId(), copy);

        // The filter field narrows the list.
        w.newDraft();
        QTest::keyClicks(qobject_cast<QLineEdit *>(w.editor()->fieldWidget(Field::Title)), QStringLiteral("Water"));
        QVERIFY(w.flush());
        QTest::keyClicks(list->filterField(), QStringLiteral("park"));
        QCOMPARE(list->proxy()->rowCount(), 2);
        list->filterField()->clear();
        QCOMPARE(list->proxy()->rowCount(), 3);
    }

    void listShowsStatusesAndTheReply()
    {
        const qint64 id = completeDraft(QStringLiteral("Bus rapid transit"));
        QVERIFY(id);
        Ui::ProposalsWidget w(m_store.get(), nullptr);
        w.show();
        QVERIFY(w.openDraft(id));
        QVERIFY(m_store->submit(id));
        QCOMPARE(cell(w, id, Ui::DraftTableModel::StatusColumn), QStringLiteral("Queued"));
        QVERIFY(!w.editor()->isEditable()); // the form follows the store
        QVERIFY(!w.draftsList()->deleteAction()->isEnabled()); // withdraw first

        const QList<Sync::OutboxItem> due = m_store->dueOutbox(QDateTime::currentMSecsSinceEpoch(), 10);
        QCOMPARE(due.size(), 1);
        QVERIFY(m_store->markSent({{id, due.first().idempotencyKey, QStringLiteral("SP-000123"),
                                    QStringLiteral("received")}}));
        QCOMPARE(cell(w, id, Ui::DraftTableModel::StatusColumn), QStringLiteral("Sent"));
        m_store->applyServerStatuses({{QStringLiteral("SP-000123"), QStringLiteral("under-review"), QString()}});
        QCOMPARE(cell(w, id, Ui::DraftTableModel::StatusColumn), QStringLiteral("Under review"));
        m_store->applyServerStatuses(
            {{QStringLiteral("SP-000123"), QStringLiteral("answered"), QStringLiteral("Thank you. We will call.")}});
        QCOMPARE(cell(w, id, Ui::DraftTableModel::StatusColumn), QStringLiteral("Answered"));
        const int row = w.draftsList()->model()->rowOf(id);
        const QString tip = w.draftsList()->model()->index(row, Ui::DraftTableModel::StatusColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("Thank you. We will call.")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("SP-000123")));
    }

    void retranslateDoesNotCrash()
    {
        completeDraft(QStringLiteral("One"));
        Ui::ProposalsWidget w(m_store.get(), nullptr);
        w.show();
        QEvent change(QEvent::LanguageChange);
        const QList<QWidget *> widgets = w.findChildren<QWidget *>();
        for (QWidget *child : widgets)
            QCoreApplication::sendEvent(child, &change);
        QCoreApplication::sendEvent(&w, &change);
        w.retranslate();
        QCOMPARE(w.draftsList()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }
};

QTEST_MAIN(TestProposalsWidget)
#include "tst_proposalswidget.moc"
