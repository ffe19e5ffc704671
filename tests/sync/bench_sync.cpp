// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// bench_sync: the two budgets of issue 5, measured on this machine (not a ctest test).
//   1. Autosave of a 100 KB draft: DraftStore::save() of a draft whose body is 100 KB of UTF-8, one character
//      changed each time, 200 times: median under 20 ms.
//   2. Flushing an outbox of 1,000 small proposals to the reference server on loopback, with the production
//      engine settings: under 10 s from start() to an empty outbox.
// Usage: bench_sync [--saves N] [--proposals N] [--in-flight N]. Exit status 1 when a budget is missed.
#include "syncserverprocess.h"
#include "synctesthelpers.h"
#include "testproposals.h"

#include <sync/draftstore.h>
#include <sync/syncengine.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Ss;

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("saves"), QStringLiteral("Autosaves to time."), QStringLiteral("n"),
                        QStringLiteral("200")},
                       {QStringLiteral("proposals"), QStringLiteral("Proposals to flush."), QStringLiteral("n"),
                        QStringLiteral("1000")},
                       {QStringLiteral("in-flight"), QStringLiteral("Requests at a time (default: the engine's)."),
                        QStringLiteral("n")}});
    parser.process(app);
    QTemporaryDir dir;
    bool withinBudget = true;

    // 1. Autosave of a 100 KB draft.
    {
        Sync::DraftStore store;
        if (!store.open(dir.filePath(QStringLiteral("autosave.sqlite"))))
            qFatal("%s", qPrintable(store.errorString()));
        Sync::ProposalDraft d = SyncTest::validProposal(1);
        d.body.clear();
        const QString paragraph = QStringLiteral("## 교통 정책\n서울의 버스 개혁은 2004년에 시작되었다. Bus reform, "
                                                 "median lanes and integrated fares.\n");
        while (d.body.toUtf8().size() < 100 * 1024)
            d.body += paragraph;
        if (!store.save(d))
            qFatal("%s", qPrintable(store.errorString()));
        QList<double> ms;
        const int saves = parser.value(QStringLiteral("saves")).toInt();
        for (int i = 0; i < saves; ++i) {
            d.body[i % d.body.size()] = QChar(u'가' + i % 100); // one keystroke
            QElapsedTimer t;
            t.start();
            if (!store.save(d))
                qFatal("%s", qPrintable(store.errorString()));
            ms.append(t.nsecsElapsed() / 1e6);
        }
        const double median = percentile(ms, 0.5);
        std::printf("autosave 100 KB draft (%lld bytes UTF-8), %d saves: median %.2f ms, p95 %.2f ms, max %.2f ms "
                    "(budget: median < 20 ms)\n",
                    qint64(d.body.toUtf8().size()), saves, median, percentile(ms, 0.95), percentile(ms, 1.0));
        withinBudget = withinBudget && median < 20;
    }

    // 2. Flush 1,000 small proposals.
    {
        const int count = parser.value(QStringLiteral("proposals")).toInt();
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        QElapsedTimer prepare;
        prepare.start();
        if (!SyncTest::makeQueuedDatabase(db, 1, count, 0))
            qFatal("cannot queue the proposals");
        std::printf("(queued %d proposals in %.1f s: two transactions each, not part of the budget)\n", count,
                    prepare.elapsed() / 1000.0);
        SyncTest::SyncServerProcess server;
        if (!server.start(dir.filePath(QStringLiteral("server.sqlite"))))
            qFatal("cannot start the server: %s", qPrintable(server.errorString()));
        Sync::DraftStore store;
        if (!store.open(db))
            qFatal("%s", qPrintable(store.errorString()));
        Sync::SyncEngine engine(&store); // production settings
        if (parser.isSet(QStringLiteral("in-flight")))
            engine.setMaxInFlight(parser.value(QStringLiteral("in-flight")).toInt());
        engine.setServerUrl(server.url());
        engine.setToken(QString::fromLatin1(server.kToken));
        QEventLoop loop;
        QObject::connect(&engine, &Sync::SyncEngine::outboxCountChanged, &loop, [&loop](int n) {
            if (n == 0)
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        engine.start();
        loop.exec();
        const double seconds = t.elapsed() / 1000.0;
        const qint64 stored = server.stats().value(u"proposals").toInteger();
        std::printf("flush %d proposals to the loopback server: %.2f s, %.0f proposals/s, %lld stored, %d left "
                    "(budget: < 10 s)\n",
                    count, seconds, count / seconds, stored, store.outboxCount());
        withinBudget = withinBudget && seconds < 10 && stored == count;
    }
    return withinBudget ? 0 : 1;
}
