// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// C1, C2 (RELIABILITY.md §6): the sync token at rest. The real sync driver runs with HOME and the XDG config, data
// and cache folders in a temporary directory, so that everything the app writes lands there.
//  C1: log in (token into the keychain), sync, start again reading the token from the keychain, sync, log out:
//      the token appears in no file there (WAL files included) and in no output line. The test runs its own
//      D-Bus session with its own gnome-keyring (in another temporary home, unlocked with a throwaway password),
//      so it never touches the user's keyring; skipped when dbus-daemon or gnome-keyring-daemon is missing.
//  C2: no keychain service at all: the session still syncs, the app says the token cannot be remembered, and
//      nothing of the token is on disk.
#include "syncserverprocess.h"
#include "synctesthelpers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ss;

namespace {
struct Home
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    QString db;

    Home()
    {
        const QString root = dir.path();
        env.insert(QStringLiteral("HOME"), root);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/.cache"));
        // Where the app keeps it: next to userdata.sqlite in the application data folder.
        db = root + QStringLiteral("/.local/share/SeoulSolution/seoulsolution/proposals.sqlite");
    }

    //! Files under the home that contain \a secret, in UTF-8 or UTF-16.
    QStringList filesContaining(const QString &secret) const
    {
        QStringList hits;
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            if (bytes.contains(utf8) || bytes.contains(utf16))
                hits.append(f.fileName());
        }
        return hits;
    }

    int fileCount() const
    {
        int n = 0;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }
};

/*! A private session bus with a Secret Service: dbus-daemon and gnome-keyring-daemon, both started (and killed)
 *  by the test. gnome-keyring creates its login collection headless only with a non-empty password. */
struct PrivateKeyring
{
    QTemporaryDir home;
    QProcess bus;
    QProcess keyring;
    QString address;

    bool start()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            return false;
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!bus.waitForStarted(5000) || !bus.waitForReadyRead(5000))
            return false;
        address = QString::fromUtf8(bus.readLine().trimmed());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
        env.remove(QStringLiteral("DISPLAY"));
        keyring.setProcessEnvironment(env);
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
                      {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!keyring.waitForStarted(5000))
            return false;
        keyring.write("throwaway-test-password");
        keyring.closeWriteChannel();
        // Ready when the login collection exists on disk.
        QDeadlineTimer deadline(10000);
        while (!QFile::exists(home.filePath(QStringLiteral(".local/share/keyrings/login.keyring")))
               && !deadline.hasExpired())
            QTest::qWait(50);
        return QFile::exists(home.filePath(QStringLiteral(".local/share/keyrings/login.keyring")));
    }

    ~PrivateKeyring()
    {
        for (QProcess *p : {&keyring, &bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }
};

QStringList driverArgs(const Home &home, const SyncTest::SyncServerProcess &server)
{
    return {QStringLiteral("--db"), home.db, QStringLiteral("--server"), server.url().toString(),
            QStringLiteral("--keychain-service"), QStringLiteral("SeoulSolutionTest-") + QUuid::createUuid().toString(),
            QStringLiteral("--policy"), QStringLiteral("5:50:5:50"), QStringLiteral("--until-empty"),
            QStringLiteral("--timeout"), QStringLiteral("30")};
}
} // namespace

class TestSyncToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverAtRestWithAKeychain() // C1
    {
        PrivateKeyring keychain;
        if (!keychain.start())
            QSKIP("no dbus-daemon and gnome-keyring-daemon to run a private Secret Service");
        Home home;
        home.env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), keychain.address);
        const QString token = QStringLiteral("tok-c1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTemporaryDir serverDir;
        SyncTest::SyncServerProcess server;
        QVERIFY(server.start(serverDir.filePath(QStringLiteral("s.sqlite")),
                             {QStringLiteral("--token"), QStringLiteral("c1:") + token}));
        const QStringList args = driverArgs(home, server); // one keychain service name for the three runs

        const SyncTest::DriverResult login = SyncTest::runDriver(
            QStringLiteral(SS_SYNC_DRIVER_EXE), args + QStringList{QStringLiteral("--login"), token,
                                                                   QStringLiteral("--create"), QStringLiteral("3")},
            40000, home.env);
        QVERIFY2(login.exitCode == 0 && login.out.contains("remembered 1"), login.out.constData());

        const SyncTest::DriverResult again = SyncTest::runDriver(
            QStringLiteral(SS_SYNC_DRIVER_EXE),
            args + QStringList{QStringLiteral("--load-token"), QStringLiteral("--create"), QStringLiteral("2"),
                               QStringLiteral("--first"), QStringLiteral("4"), QStringLiteral("--logout")},
            40000, home.env);
        QVERIFY2(again.exitCode == 0 && again.out.contains("token found"), again.out.constData());

        const SyncTest::DriverResult afterLogout = SyncTest::runDriver(
            QStringLiteral(SS_SYNC_DRIVER_EXE), args + QStringList{QStringLiteral("--load-token")}, 40000, home.env);
        QVERIFY2(afterLogout.out.contains("token missing"), afterLogout.out.constData());
        QCOMPARE(afterLogout.exitCode, 4);

        QCOMPARE(server.stats().value(u"proposals").toInteger(), 5);
        QVERIFY(home.fileCount() > 0); // the database and its WAL were written there
        QCOMPARE(home.filesContaining(token), QStringList());
        // The search can see a token that is there: the mistake of RELIABILITY.md §0, a token in QSettings.
        {
            QSettings leak(home.dir.filePath(QStringLiteral(".config/SeoulSolution/seoulsolution.conf")),
                           QSettings::IniFormat);
            leak.setValue(QStringLiteral("sync/token"), token);
        }
        QCOMPARE(home.filesContaining(token).size(), 1);
        for (const SyncTest::DriverResult *r : {&login, &again, &afterLogout}) {
            QVERIFY(!r->out.contains(token.toUtf8()));
            QVERIFY(!r->err.contains(token.toUtf8()));
        }
    }

    void worksForTheSessionWithoutAKeychain() // C2
    {
        Home home;
        // No session bus at all: no Secret Service, no KWallet.
        home.env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        home.env.insert(QStringLiteral("DISPLAY"), QString());
        home.env.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
        const QString token = QStringLiteral("tok-c2-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTemporaryDir serverDir;
        SyncTest::SyncServerProcess server;
        QVERIFY(server.start(serverDir.filePath(QStringLiteral("s.sqlite")),
                             {QStringLiteral("--token"), QStringLiteral("c2:") + token}));
        const SyncTest::DriverResult r = SyncTest::runDriver(
            QStringLiteral(SS_SYNC_DRIVER_EXE),
            driverArgs(home, server) + QStringList{QStringLiteral("--login"), token, QStringLiteral("--create"),
                                                   QStringLiteral("3")},
            40000, home.env);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("remembered 0"), r.out.constData());
        QVERIFY2(r.out.contains("cannot be remembered"), r.out.constData());
        QCOMPARE(server.stats().value(u"proposals").toInteger(), 3);
        QCOMPARE(home.filesContaining(token), QStringList());
        QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));
    }

    void insecureFallbackIsNeverEnabled() // C2: the code never asks QtKeychain for its plain-text store
    {
        int hits = 0;
        QDirIterator it(QStringLiteral(SS_SOURCE_DIR "/app"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("setInsecureFallback")) {
                qWarning("%s calls setInsecureFallback", qPrintable(f.fileName()));
                ++hits;
            }
        }
        QCOMPARE(hits, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncToken)
#include "tst_synctoken.moc"
