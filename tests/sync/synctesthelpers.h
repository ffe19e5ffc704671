// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Running the sync driver and preparing client databases, for the process-level sync tests.
#pragma once

#include <sync/proposaldraft.h>

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Ss::SyncTest {

struct DriverResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    bool finished = false;
};

//! Runs \a exe to its end (or kills it after \a timeoutMs), with \a environment added to the test's own.
DriverResult runDriver(const QString &exe, const QStringList &arguments, int timeoutMs,
                       const QProcessEnvironment &environment = {});

//! Copies a closed draft database with VACUUM INTO (the SQLite way, no file copying behind its back).
bool cloneDatabase(const QString &from, const QString &to);

//! A draft database with \a count queued proposals (every \a attachmentEvery-th with an attachment).
bool makeQueuedDatabase(const QString &path, int first, int count, int attachmentEvery);

//! Every draft of the database at \a path, with attachments' metadata.
QList<Sync::ProposalDraft> loadDrafts(const QString &path);

//! A seed from SS_TEST_SEED, else \a fallback; the tests print it so that a red run can be replayed.
quint32 testSeed(quint32 fallback);

} // namespace Ss::SyncTest
