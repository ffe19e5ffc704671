// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// SingleInstance over a real local socket: a second start reaches the first, a stale socket file
// left by a crashed instance does not block a new one, garbage is ignored.
#include <ui/singleinstance.h>

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using Ss::Ui::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    static QString uniqueKey() { return QStringLiteral("ss-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12); }

private Q_SLOTS:
    void noInstanceRunning()
    {
        const SingleInstance second(uniqueKey());
        QVERIFY(!second.sendToRunning({QStringLiteral("/tmp/a.ssarc")}, 300));
    }

    void secondStartReachesFirst()
    {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::requestReceived);
        const SingleInstance second(key);
        const QStringList request{QStringLiteral("/home/u/한국어 자료.ssarc"), QStringLiteral("--doc"), QStringLiteral("manuals/x")};
        QVERIFY(second.sendToRunning(request));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), request);
    }

    void staleSocketIsReplaced()
    {
        const QString key = uniqueKey();
        {
            // A server that goes away without cleaning up leaves its socket file on Unix.
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(key));
            const QString path = crashed.fullServerName();
            crashed.close();
            QFile stale(path);
            QVERIFY(stale.open(QIODevice::WriteOnly)); // something is left at the socket path
        }
        SingleInstance next(key);
        QVERIFY(!next.sendToRunning({QStringLiteral("x")}, 300));
        QVERIFY(next.listen());
        QSignalSpy received(&next, &SingleInstance::requestReceived);
        QVERIFY(SingleInstance(key).sendToRunning({QStringLiteral("y")}));
        QTRY_COMPARE(received.size(), 1);
    }

    void garbageIsIgnored()
    {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::requestReceived);
        QLocalSocket socket;
        socket.connectToServer(key);
        QVERIFY(socket.waitForConnected(2000));
        socket.write("not json {");
        socket.waitForBytesWritten(2000);
        socket.disconnectFromServer();
        QTest::qWait(300);
        QCOMPARE(received.size(), 0);
        QVERIFY(SingleInstance(key).sendToRunning({QStringLiteral("ok")}));
        QTRY_COMPARE(received.size(), 1);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
