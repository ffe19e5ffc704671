// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// S1 (RELIABILITY.md §1.5): a process types into a draft through the real Autosaver and is killed with SIGKILL at
// random moments, 200 times on the same database. After each kill: PRAGMA integrity_check is ok, the draft opens,
// it is whole (every field from the same keystroke), and it is at least the last save the process acknowledged.
// Expected failure: the "split-save" mutant (fields saved one by one) must leave a torn draft.
#include "s1workload.h"

#include <sync/draftstore.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

namespace {
struct RunResult
{
    int kills = 0;
    int lostAcknowledged = 0; // stored keystroke older than an acknowledged save
    int torn = 0;             // fields from different keystrokes
    int corrupt = 0;          // integrity_check not ok, or the database does not open
    int saves = 0;            // acknowledged saves over all runs
    QString firstProblem;
};

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s1-check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("query failed");
        } else {
            result = QStringLiteral("cannot open");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s1-check"));
    return result;
}

/*! Kills \a driver \a kills times at uniform random moments in [minMs, maxMs] after its start, checking the
 *  database after each kill. */
RunResult killLoop(const QString &driver, const QString &path, int kills, quint32 seed, int minMs, int maxMs,
                   const QByteArray &mutation = {})
{
    RunResult r;
    QRandomGenerator random(seed);
    int storedSeq = 0;
    auto problem = [&r](int kill, const QString &what) {
        if (r.firstProblem.isEmpty())
            r.firstProblem = QStringLiteral("kill %1: %2").arg(kill).arg(what);
    };
    for (int kill = 1; kill <= kills; ++kill) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!mutation.isEmpty())
            env.insert(QStringLiteral("SS_SYNC_MUTATION"), QString::fromLatin1(mutation));
        process.setProcessEnvironment(env);
        process.start(driver, {path});
        if (!process.waitForStarted(5000))
            qFatal("cannot start %s", qPrintable(driver));
        const int killAt = int(random.bounded(minMs, maxMs + 1));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < killAt)
            process.waitForReadyRead(int(qMax<qint64>(1, killAt - timer.elapsed())));
        process.kill(); // SIGKILL
        process.waitForFinished(5000);
        ++r.kills;

        int lastAcknowledged = -1;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.startsWith("saved ")) {
                lastAcknowledged = line.mid(6).toInt();
                ++r.saves;
            }
        }
        const QString check = integrity(path);
        if (check != u"ok") {
            ++r.corrupt;
            problem(kill, QStringLiteral("integrity_check: ") + check);
            continue;
        }
        Sync::DraftStore store;
        if (!store.open(path)) {
            ++r.corrupt;
            problem(kill, QStringLiteral("open: ") + store.errorString());
            continue;
        }
        const QList<Sync::DraftSummary> drafts = store.drafts();
        if (drafts.isEmpty()) {
            if (lastAcknowledged >= 0) {
                ++r.lostAcknowledged;
                problem(kill, QStringLiteral("draft missing after save %1").arg(lastAcknowledged));
            }
            continue;
        }
        const Sync::ProposalDraft d = *store.draft(drafts.first().id);
        const int seq = SyncTest::s1Seq(d);
        if (seq < lastAcknowledged || seq < storedSeq) {
            ++r.lostAcknowledged;
            problem(kill, QStringLiteral("stored keystroke %1, acknowledged %2, before %3")
                              .arg(seq)
                              .arg(lastAcknowledged)
                              .arg(storedSeq));
        }
        const QStringList torn = SyncTest::s1TornFields(d, seq);
        if (!torn.isEmpty()) {
            ++r.torn;
            problem(kill, QStringLiteral("torn draft at keystroke %1: %2").arg(seq).arg(torn.join(u"; ")));
        }
        storedSeq = qMax(storedSeq, seq);
    }
    return r;
}

quint32 seedFromEnvironment(quint32 fallback)
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("SS_TEST_SEED").toUInt(&ok);
    return ok ? seed : fallback;
}
} // namespace

class TestProposalCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringAutosave()
    {
        QTemporaryDir dir;
        const quint32 seed = seedFromEnvironment(20261125);
        const RunResult r = killLoop(QStringLiteral(SS_AUTOSAVE_DRIVER_EXE), dir.filePath(QStringLiteral("p.sqlite")),
                                     200, seed, 30, 300);
        qInfo("S1: seed %u, %d kills, %d acknowledged saves", seed, r.kills, r.saves);
        const QByteArray context = QStringLiteral("seed %1 (rerun with SS_TEST_SEED=%1): %2")
                                       .arg(seed)
                                       .arg(r.firstProblem)
                                       .toUtf8();
        QVERIFY2(r.corrupt == 0, context.constData());
        QVERIFY2(r.lostAcknowledged == 0, context.constData());
        QVERIFY2(r.torn == 0, context.constData());
        QVERIFY2(r.saves > 200, "the driver saved too rarely for the kills to matter");
    }

    // Mutation check (RELIABILITY.md §8.1): saving field by field must be caught as a torn draft.
    void splitSaveMutantIsCaught()
    {
        QTemporaryDir dir;
        const quint32 seed = seedFromEnvironment(7);
        const RunResult r = killLoop(QStringLiteral(SS_AUTOSAVE_DRIVER_MUTANT_EXE),
                                     dir.filePath(QStringLiteral("p.sqlite")), 40, seed, 60, 300, "split-save");
        qInfo("S1 mutant split-save: seed %u, %d kills, %d torn drafts (%s)", seed, r.kills, r.torn,
              qPrintable(r.firstProblem));
        QVERIFY2(r.torn > 0, "the S1 check did not notice drafts saved field by field");
    }
};

QTEST_GUILESS_MAIN(TestProposalCrash)
#include "tst_proposalcrash.moc"
