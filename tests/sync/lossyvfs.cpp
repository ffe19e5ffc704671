// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "lossyvfs.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

#include <sqlite3.h>

#include <cstring>

namespace Ss::SyncTest {

namespace {
struct Shadow
{
    QByteArray synced; // the content at the last xSync (what survives a power cut)
    bool exists = false;
};

struct LossyFile
{
    sqlite3_file base;
    sqlite3_file *real;
    QString *path; // null: not tracked (temporary files)
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
QHash<QString, Shadow> g_shadows;
qint64 g_operations = 0;
qint64 g_syncs = 0;
qint64 g_crashAt = 0;
bool g_crashed = false;

LossyFile *lossy(sqlite3_file *f)
{
    return reinterpret_cast<LossyFile *>(f);
}

QByteArray readAll(sqlite3_file *real)
{
    // Through SQLite's own handle: opening and closing another descriptor would drop the process's POSIX locks.
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK || size <= 0)
        return {};
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    return real->pMethods->xRead(real, data.data(), int(size), 0) == SQLITE_OK ? data : QByteArray();
}

//! Counts an operation; false when it is the crash or comes after it.
bool survives()
{
    if (g_crashed)
        return false;
    ++g_operations;
    if (g_crashAt > 0 && g_operations >= g_crashAt) {
        g_crashed = true;
        return false;
    }
    return true;
}

int xClose(sqlite3_file *f)
{
    LossyFile *l = lossy(f);
    const int rc = l->real->pMethods ? l->real->pMethods->xClose(l->real) : SQLITE_OK;
    delete l->path;
    l->path = nullptr;
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (!survives())
        return SQLITE_IOERR_WRITE;
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (!survives())
        return SQLITE_IOERR_TRUNCATE;
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xTruncate(real, size);
}

int xSync(sqlite3_file *f, int flags)
{
    if (!survives())
        return SQLITE_IOERR_FSYNC;
    LossyFile *l = lossy(f);
    const int rc = l->real->pMethods->xSync(l->real, flags);
    if (rc == SQLITE_OK) {
        ++g_syncs;
        if (l->path)
            g_shadows[*l->path] = {readAll(l->real), true};
    }
    return rc;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xFileSize(real, size);
}

int xLock(sqlite3_file *f, int level)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xLock(real, level);
}

int xUnlock(sqlite3_file *f, int level)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xUnlock(real, level);
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xCheckReservedLock(real, out);
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xFileControl(real, op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xSectorSize(real);
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xDeviceCharacteristics(real);
}

int xShmMap(sqlite3_file *f, int page, int pageSize, int extend, void volatile **out)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xShmMap(real, page, pageSize, extend, out);
}

int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = lossy(f)->real;
    real->pMethods->xShmBarrier(real);
}

int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = lossy(f)->real;
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr; // no memory-mapped reads: every read goes through xRead
    Q_UNUSED(f);
    Q_UNUSED(offset);
    Q_UNUSED(amount);
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    LossyFile *l = lossy(f);
    l->real = reinterpret_cast<sqlite3_file *>(l + 1);
    l->path = nullptr;
    const int rc = g_real->xOpen(g_real, name, l->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        l->base.pMethods = nullptr;
        return rc;
    }
    l->base.pMethods = &g_methods;
    const int durable = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if (name && (flags & durable)) {
        l->path = new QString(QString::fromUtf8(name));
        if (!g_shadows.contains(*l->path)) // what was on disk before counts as durable
            g_shadows.insert(*l->path, {readAll(l->real), true});
    }
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    const int rc = g_real->xDelete(g_real, name, syncDir);
    if (rc == SQLITE_OK)
        g_shadows[QString::fromUtf8(name)] = {QByteArray(), false};
    return rc;
}
} // namespace

bool LossyVfs::install()
{
    if (g_real)
        return true;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return false;
    std::memcpy(&g_vfs, g_real, sizeof(sqlite3_vfs));
    g_vfs.pNext = nullptr;
    g_vfs.zName = "ss-lossy";
    g_vfs.szOsFile = int(sizeof(LossyFile)) + g_real->szOsFile;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_methods = {};
    g_methods.iVersion = 3;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    g_methods.xFetch = xFetch;
    g_methods.xUnfetch = xUnfetch;
    g_operations = g_syncs = g_crashAt = 0;
    g_crashed = false;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

void LossyVfs::uninstall()
{
    if (!g_real)
        return;
    sqlite3_vfs_register(g_real, 1);
    sqlite3_vfs_unregister(&g_vfs);
    g_real = nullptr;
    g_shadows.clear();
}

void LossyVfs::armCrash(qint64 operation)
{
    g_crashAt = operation > 0 ? g_operations + operation : 0;
}

bool LossyVfs::hasCrashed()
{
    return g_crashed;
}

qint64 LossyVfs::operations()
{
    return g_operations;
}

qint64 LossyVfs::syncs()
{
    return g_syncs;
}

void LossyVfs::powerLoss()
{
    for (auto it = g_shadows.cbegin(); it != g_shadows.cend(); ++it) {
        QFile file(it.key());
        if (!it.value().exists) {
            file.remove();
            continue;
        }
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(it.value().synced);
        QFile::remove(it.key() + QStringLiteral("-shm")); // never durable: rebuilt from the WAL
    }
}

} // namespace Ss::SyncTest
