// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// S1 helper: opens the draft database, takes up the draft where the last run left it, and "types" into it through
// the real Autosaver until it is killed. Prints "ready SEQ" once, then "saved SEQ" after every save that returned.
// Built twice: proposal_autosave_driver (ss_sync) and proposal_autosave_driver_mutant (ss_sync_mutant).
#include "s1workload.h"

#include <sync/autosaver.h>
#include <sync/draftstore.h>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Ss;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: proposal_autosave_driver DB [KEYSTROKE-MS IDLE-MS MAX-MS]\n");
        return 64;
    }
    const int keystrokeMs = args.value(2, QStringLiteral("2")).toInt();
    Sync::DraftStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stdout, "error %s\n", qPrintable(store.errorString()));
        return 3;
    }
    Sync::ProposalDraft draft;
    int seq = 0;
    const QList<Sync::DraftSummary> drafts = store.drafts();
    if (!drafts.isEmpty()) {
        draft = store.draft(drafts.first().id).value_or(Sync::ProposalDraft());
        seq = qMax(0, SyncTest::s1Seq(draft));
    }
    Sync::Autosaver saver(&store);
    saver.setIdleDelay(args.value(3, QStringLiteral("10")).toInt());
    saver.setMaxDelay(args.value(4, QStringLiteral("25")).toInt());
    saver.setDraft(draft);
    QObject::connect(&saver, &Sync::Autosaver::saved, &app, [&saver] {
        std::fprintf(stdout, "saved %d\n", SyncTest::s1Seq(saver.draft()));
        std::fflush(stdout);
    });
    QObject::connect(&saver, &Sync::Autosaver::saveFailed, &app, [](const QString &message) {
        std::fprintf(stdout, "failed %s\n", qPrintable(message));
        std::fflush(stdout);
    });
    std::fprintf(stdout, "ready %d\n", seq);
    std::fflush(stdout);
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        ++seq;
        saver.change([seq](Sync::ProposalDraft &d) { SyncTest::s1Fill(d, seq); });
    });
    typing.start(keystrokeMs);
    return app.exec();
}
