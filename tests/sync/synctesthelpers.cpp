// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "synctesthelpers.h"

#include "testproposals.h"

#include <sync/draftstore.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Ss::SyncTest {

DriverResult runDriver(const QString &exe, const QStringList &arguments, int timeoutMs,
                       const QProcessEnvironment &environment)
{
    DriverResult r;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(exe, arguments);
    r.finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.elapsedMs = timer.elapsed();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

bool cloneDatabase(const QString &from, const QString &to)
{
    QFile::remove(to);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clone"));
        db.setDatabaseName(from);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(to);
            ok = q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clone"));
    return ok && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool makeQueuedDatabase(const QString &path, int first, int count, int attachmentEvery)
{
    Sync::DraftStore store;
    return store.open(path) && queueProposals(store, first, count, attachmentEvery).size() == count;
}

QList<Sync::ProposalDraft> loadDrafts(const QString &path)
{
    QList<Sync::ProposalDraft> out;
    Sync::DraftStore store;
    if (!store.open(path))
        return out;
    for (const Sync::DraftSummary &s : store.drafts())
        out.append(*store.draft(s.id));
    return out;
}

quint32 testSeed(quint32 fallback)
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("SS_TEST_SEED").toUInt(&ok);
    return ok ? seed : fallback;
}

} // namespace Ss::SyncTest
