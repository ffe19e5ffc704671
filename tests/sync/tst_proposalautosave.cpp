// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Autosaver: every change is stored within a second, also while the user keeps typing; flush(); failures keep
// the text and are retried.
#include "testproposals.h"

#include <sync/autosaver.h>
#include <sync/draftstore.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ss::Sync;

class TestProposalAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void savesAfterAPause()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("pause.sqlite"))));
        Autosaver saver(&store);
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.change([](ProposalDraft &d) { d.title = QStringLiteral("첫 글자"); });
        QVERIFY(saver.isDirty());
        QCOMPARE(store.drafts().size(), 0); // not on every keystroke
        QVERIFY(saved.wait(1000));
        QVERIFY(!saver.isDirty());
        QVERIFY(saver.draft().id > 0); // a new draft got its identity
        QCOMPARE(store.draft(saver.draft().id)->title, QStringLiteral("첫 글자"));
        saver.change([](ProposalDraft &d) { d.title += QStringLiteral("!"); });
        QVERIFY(saved.wait(1000));
        QCOMPARE(store.drafts().size(), 1); // the same draft, updated
        QCOMPARE(store.draft(saver.draft().id)->title, QStringLiteral("첫 글자!"));
    }

    void savesWithinASecondWhileTyping()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("typing.sqlite"))));
        Autosaver saver(&store); // production delays: 300 ms idle, 1 s at most
        QList<qint64> savedAt;
        QElapsedTimer clock;
        connect(&saver, &Autosaver::saved, this, [&] { savedAt.append(clock.elapsed()); });
        QTimer typing; // a keystroke every 50 ms, never pausing 300 ms
        int keystrokes = 0;
        connect(&typing, &QTimer::timeout, this, [&] {
            ++keystrokes;
            saver.change([keystrokes](ProposalDraft &d) { d.body += QString::number(keystrokes % 10); });
        });
        clock.start();
        typing.start(50);
        QTest::qWait(3500);
        typing.stop();
        QVERIFY2(savedAt.size() >= 3, qPrintable(QString::number(savedAt.size())));
        qint64 previous = 0;
        for (qint64 t : std::as_const(savedAt)) {
            QVERIFY2(t - previous <= 1000 + 250, qPrintable(QStringLiteral("gap %1 ms").arg(t - previous)));
            previous = t;
        }
        QVERIFY(saver.flush());
        QCOMPARE(store.draft(saver.draft().id)->body.size(), keystrokes);
    }

    void flushSavesAtOnce()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("flush.sqlite"))));
        qint64 id = 0;
        {
            Autosaver saver(&store);
            saver.setDraft(Ss::SyncTest::validProposal(1));
            saver.change([](ProposalDraft &d) { d.summary = QStringLiteral("flushed"); });
            QVERIFY(saver.flush());
            id = saver.draft().id;
            QCOMPARE(store.draft(id)->summary, QStringLiteral("flushed"));
            saver.change([](ProposalDraft &d) { d.summary = QStringLiteral("on close"); });
        } // the destructor flushes too
        QCOMPARE(store.draft(id)->summary, QStringLiteral("on close"));
    }

    void failedSaveKeepsTheTextAndRetries()
    {
        const QString path = m_dir.filePath(QStringLiteral("fail.sqlite"));
        DraftStore store;
        QVERIFY(store.open(path));
        Autosaver saver(&store);
        saver.setIdleDelay(10);
        saver.setMaxDelay(50);
        saver.change([](ProposalDraft &d) { d.title = QStringLiteral("v1"); });
        QVERIFY(saver.flush());
        // A second connection holds the write lock: saves fail (busy), the text stays in memory.
        {
            QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            blocker.setDatabaseName(path);
            QVERIFY(blocker.open());
            QSqlQuery q(blocker);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout=0")));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QSignalSpy failed(&saver, &Autosaver::saveFailed);
            QSignalSpy saved(&saver, &Autosaver::saved);
            saver.change([](ProposalDraft &d) { d.title = QStringLiteral("v2 typed while the disk was busy"); });
            QVERIFY(failed.wait(8000)); // after SQLite's own busy timeout of the store (5 s)
            QVERIFY(saver.isDirty());
            QCOMPARE(saver.draft().title, QStringLiteral("v2 typed while the disk was busy"));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(saved.wait(8000)); // retried without another keystroke
            blocker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QVERIFY(!saver.isDirty());
        QCOMPARE(store.draft(saver.draft().id)->title, QStringLiteral("v2 typed while the disk was busy"));
    }

    void submittedDraftStopsAutosave()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("submitted.sqlite"))));
        Autosaver saver(&store);
        saver.change([](ProposalDraft &d) { d = Ss::SyncTest::validProposal(2); });
        QVERIFY(saver.flush());
        QVERIFY(store.submit(saver.draft().id));
        QSignalSpy failed(&saver, &Autosaver::saveFailed);
        saver.change([](ProposalDraft &d) { d.title = QStringLiteral("too late"); });
        QVERIFY(!saver.flush());
        QCOMPARE(failed.size(), 1);
        QTest::qWait(1300);
        QCOMPARE(failed.size(), 1); // no retry loop against a frozen proposal
        QVERIFY(store.draft(saver.draft().id)->title != QStringLiteral("too late"));
    }
};

QTEST_GUILESS_MAIN(TestProposalAutosave)
#include "tst_proposalautosave.moc"
