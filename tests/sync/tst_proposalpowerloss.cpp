// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// S2 (RELIABILITY.md §1.5): power loss during autosave, simulated by a VFS that loses every write not yet fsynced
// (proposal_powerloss_driver, lossyvfs.cpp). With synchronous=FULL every save that returned is still there, whole,
// and integrity_check is ok after every crash. Expected failure: the "sync-off" mutant (synchronous=OFF) loses
// acknowledged saves.
#include "synctesthelpers.h"

#include <QRegularExpression>
#include <QTest>

using namespace Ss;

namespace {
struct Summary
{
    int crashes = -1, lost = -1, corrupt = -1, torn = -1;
    QByteArray firstProblem;
};

Summary runDriver(const QString &exe, int crashes, quint32 seed, const QByteArray &mutation = {})
{
    QProcessEnvironment env;
    if (!mutation.isEmpty())
        env.insert(QStringLiteral("SS_SYNC_MUTATION"), QString::fromLatin1(mutation));
    const SyncTest::DriverResult r =
        SyncTest::runDriver(exe, {QString::number(crashes), QString::number(seed)}, 170000, env);
    Summary s;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith("crash ") && !line.endsWith(", ok") && s.firstProblem.isEmpty())
            s.firstProblem = line;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(
            "^summary crashes (\\d+) lost (\\d+) corrupt (\\d+) torn (\\d+)$")).match(QString::fromUtf8(line));
        if (m.hasMatch())
            s = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                 s.firstProblem};
    }
    return s;
}
} // namespace

class TestProposalPowerLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedSavesSurvivePowerLoss()
    {
        const quint32 seed = SyncTest::testSeed(4242);
        const Summary s = runDriver(QStringLiteral(SS_POWERLOSS_DRIVER_EXE), 150, seed);
        qInfo("S2: seed %u, %d power losses: %d lost, %d corrupt, %d torn", seed, s.crashes, s.lost, s.corrupt, s.torn);
        const QByteArray context = "seed " + QByteArray::number(seed) + " (SS_TEST_SEED): " + s.firstProblem;
        QVERIFY2(s.crashes >= 140, context.constData());
        QVERIFY2(s.lost == 0, context.constData());
        QVERIFY2(s.corrupt == 0, context.constData());
        QVERIFY2(s.torn == 0, context.constData());
    }

    // Mutation check (RELIABILITY.md §8.1): without fsync, power loss must be seen to lose acknowledged saves.
    void synchronousOffMutantLosesSaves()
    {
        const quint32 seed = SyncTest::testSeed(4243);
        const Summary s = runDriver(QStringLiteral(SS_POWERLOSS_DRIVER_MUTANT_EXE), 40, seed, "sync-off");
        qInfo("S2 mutant sync-off: seed %u, %d power losses: %d lost, %d corrupt (%s)", seed, s.crashes, s.lost,
              s.corrupt, s.firstProblem.constData());
        QVERIFY2(s.lost + s.corrupt > 0, "synchronous=OFF went unnoticed by the power-loss test");
    }
};

QTEST_GUILESS_MAIN(TestProposalPowerLoss)
#include "tst_proposalpowerloss.moc"
