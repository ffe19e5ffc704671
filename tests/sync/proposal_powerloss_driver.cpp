// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// S2 helper (RELIABILITY.md §1.5): saves drafts through the real DraftStore on top of LossyVfs, "loses power" at a
// random write/sync operation, restores what an fsync would have kept, and checks the database: integrity_check,
// every save that returned true present and whole. One line per crash, then a summary:
//   summary crashes N lost L corrupt C torn T
// Built twice: proposal_powerloss_driver (ss_sync) and proposal_powerloss_driver_mutant (ss_sync_mutant).
#include "lossyvfs.h"
#include "s1workload.h"

#include <sync/draftstore.h>

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Ss;

namespace {
constexpr int kSaves = 8;

//! The workload: kSaves saves of the S1 draft. Returns the last save that returned true (0: none).
int workload(const QString &path)
{
    Sync::DraftStore store;
    if (!store.open(path))
        return 0;
    Sync::ProposalDraft d;
    int acknowledged = 0;
    for (int seq = 1; seq <= kSaves; ++seq) {
        SyncTest::s1Fill(d, seq);
        if (!store.save(d))
            break;
        acknowledged = seq;
    }
    return acknowledged;
}

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s2-check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("query failed");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s2-check"));
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int crashes = app.arguments().value(1, QStringLiteral("100")).toInt();
    QRandomGenerator random(app.arguments().value(2, QStringLiteral("1")).toUInt());
    QTemporaryDir dir;

    // Calibration: how many operations the whole workload takes.
    SyncTest::LossyVfs::install();
    workload(dir.filePath(QStringLiteral("calibration.sqlite")));
    const qint64 total = SyncTest::LossyVfs::operations();
    const qint64 syncs = SyncTest::LossyVfs::syncs();
    SyncTest::LossyVfs::uninstall();
    std::printf("calibration operations %lld syncs %lld\n", total, syncs);

    int lost = 0, corrupt = 0, torn = 0, crashed = 0;
    for (int i = 0; i < crashes; ++i) {
        const QString path = dir.filePath(QStringLiteral("run%1/proposals.sqlite").arg(i));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const qint64 crashAt = 1 + qint64(random.bounded(quint64(qMax<qint64>(1, total))));
        SyncTest::LossyVfs::install();
        SyncTest::LossyVfs::armCrash(crashAt);
        const int acknowledged = workload(path);
        crashed += SyncTest::LossyVfs::hasCrashed() ? 1 : 0;
        SyncTest::LossyVfs::powerLoss();
        SyncTest::LossyVfs::uninstall();

        QString verdict = QStringLiteral("ok");
        const QString check = integrity(path);
        if (check != u"ok") {
            ++corrupt;
            verdict = QStringLiteral("corrupt: ") + check;
        } else {
            Sync::DraftStore store;
            int stored = 0;
            if (store.open(path) && !store.drafts().isEmpty()) {
                const Sync::ProposalDraft d = *store.draft(store.drafts().first().id);
                stored = SyncTest::s1Seq(d);
                if (!SyncTest::s1TornFields(d, stored).isEmpty()) {
                    ++torn;
                    verdict = QStringLiteral("torn");
                }
            }
            if (stored < acknowledged) {
                ++lost;
                verdict = QStringLiteral("lost: stored %1 after save %2 returned").arg(stored).arg(acknowledged);
            }
        }
        std::printf("crash %d at operation %lld: acknowledged %d, %s\n", i, crashAt, acknowledged, qPrintable(verdict));
    }
    std::printf("summary crashes %d lost %d corrupt %d torn %d\n", crashed, lost, corrupt, torn);
    return 0;
}
