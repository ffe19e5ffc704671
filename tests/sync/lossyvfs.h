// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QtGlobal>

namespace Ss::SyncTest {

/*! \brief A test-only SQLite VFS that simulates power loss (RELIABILITY.md S2).
 *
 * Registered as the default VFS, it forwards every call to the real one and remembers, per file, the content it
 * had at its last xSync. After a chosen number of write/sync/truncate operations it "crashes": that operation
 * and every later write or sync fails. powerLoss() then puts every file back to its last synced content (a file
 * never synced disappears) and drops the -shm files, which is what survives a power cut: un-fsynced writes are
 * lost. Modelled on SQLite's crash VFS and on LazyFS ("lose un-fsynced writes").
 *
 * Process-wide and single-threaded, like the tests that use it. QSQLITE uses the same libsqlite3 on Debian, so the
 * app's own QtSql connections go through it. */
class LossyVfs final
{
public:
    //! Makes the lossy VFS the default; the connections opened afterwards use it.
    static bool install();
    //! Gives the default back to the real VFS and forgets every file.
    static void uninstall();
    //! Crash at the \a operation-th write, sync or truncate from now (0: never).
    static void armCrash(qint64 operation);
    static bool hasCrashed();
    //! Operations (write, sync, truncate) and syncs counted since install().
    static qint64 operations();
    static qint64 syncs();
    //! Restores every file to its last synced state. Call after the connections are closed.
    static void powerLoss();
};

} // namespace Ss::SyncTest
