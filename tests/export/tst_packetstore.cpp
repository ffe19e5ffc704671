// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Saved policy packets in the user database (UserDatabase::savePacket and friends), and the
// migration that adds them to a database made by the previous version.
#include <core/userdata/userdatabase.h>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

class TestPacketStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void saveLoadUpdateDelete()
    {
        Core::UserDatabase db;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Core::UserDatabase::latestSchemaVersion());
        QVERIFY(db.latestSchemaVersion() >= 2);

        Core::SavedPacket p;
        p.archiveId = QStringLiteral("seoul-solution");
        p.title = QStringLiteral("서울 교통 정책 연수");
        p.subtitle = QStringLiteral("Ulaanbaatar, March");
        p.organisation = QStringLiteral("서울특별시");
        p.options = QJsonObject{{QStringLiteral("language"), QStringLiteral("both-sequential")},
                                {QStringLiteral("paper"), QStringLiteral("letter")}};
        p.docIds = {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
        QVERIFY2(db.savePacket(p), qPrintable(db.errorString()));
        QVERIFY(p.id > 0);
        QVERIFY(p.created.isValid());

        auto loaded = db.loadPacket(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->title, p.title);
        QCOMPARE(loaded->subtitle, p.subtitle);
        QCOMPARE(loaded->organisation, p.organisation);
        QCOMPARE(loaded->options, p.options);
        QCOMPARE(loaded->docIds, p.docIds); // order kept
        QCOMPARE(loaded->archiveId, p.archiveId);

        // Update in place: reordered and shortened; the id stays, the items follow.
        const qint64 id = p.id;
        p.docIds = {QStringLiteral("c"), QStringLiteral("b")};
        p.title = QStringLiteral("renamed");
        QVERIFY(db.savePacket(p));
        QCOMPARE(p.id, id);
        loaded = db.loadPacket(id);
        QCOMPARE(loaded->docIds, p.docIds);
        QCOMPARE(loaded->title, QStringLiteral("renamed"));

        Core::SavedPacket other;
        other.archiveId = QStringLiteral("seoul-solution");
        other.title = QStringLiteral("second");
        QVERIFY(db.savePacket(other));
        Core::SavedPacket elsewhere;
        elsewhere.archiveId = QStringLiteral("another-archive");
        elsewhere.title = QStringLiteral("third");
        QVERIFY(db.savePacket(elsewhere));
        const QList<Core::SavedPacket> list = db.packets(QStringLiteral("seoul-solution"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().title, QStringLiteral("second")); // last updated first
        QCOMPARE(list.last().docIds, p.docIds);

        QVERIFY(db.deletePacket(id));
        QVERIFY(!db.loadPacket(id));
        QCOMPARE(db.packets(QStringLiteral("seoul-solution")).size(), 1);
        // Its items went with it.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            raw.setDatabaseName(m_dir.filePath(QStringLiteral("a.sqlite")));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM packet_item WHERE packet_id = %1").arg(id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // Updating a packet that is gone fails and says so.
        Core::SavedPacket ghost = p;
        QVERIFY(!db.savePacket(ghost));
        QVERIFY(!db.errorString().isEmpty());
    }

    void migratesVersion1()
    {
        // A database of the first version, with a bookmark: migrated, the bookmark kept.
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE bookmark(archive_id TEXT NOT NULL, doc_id TEXT NOT NULL, title TEXT NOT NULL, "
                "created INTEGER NOT NULL, PRIMARY KEY(archive_id, doc_id))")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE history(id INTEGER PRIMARY KEY, archive_id TEXT NOT NULL, doc_id TEXT NOT NULL, "
                "lang TEXT NOT NULL, title TEXT NOT NULL, viewed INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX history_archive ON history(archive_id, viewed)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmark VALUES('seoul-solution', 'x', 'X', 1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Core::UserDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Core::UserDatabase::latestSchemaVersion());
        QCOMPARE(db.bookmarks(QStringLiteral("seoul-solution")).size(), 1);
        Core::SavedPacket p;
        p.archiveId = QStringLiteral("seoul-solution");
        p.title = QStringLiteral("t");
        p.docIds = {QStringLiteral("x")};
        QVERIFY(db.savePacket(p));
    }
};

QTEST_GUILESS_MAIN(TestPacketStore)
#include "tst_packetstore.moc"
