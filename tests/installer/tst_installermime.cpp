// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The .ssarc MIME type as a desktop sees it: installer/linux's shared-mime-info package and the
// system's packages are compiled together by update-mime-database into one scratch mime.cache, as
// the dpkg trigger of shared-mime-info does into /usr/share/mime, and QMimeDatabase then reads it
// as GLib-based file managers do. An archive must be recognised by its name and, renamed, by its
// header (SQLite + application_id "SSAR"), and no other SQLite file may be taken for one.
//
// One database, not ours in a folder of its own in front of the system's: with several folders Qt
// 6.4 keeps the magic match of the last folder rather than the one of highest priority, so the
// system's application/vnd.sqlite3 would win whatever our priority (installed, it does not arise).
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kArchiveType = QStringLiteral("application/x-seoulsolution-archive");

//! The first 100 bytes of an SQLite file: the magic string, and the application_id at byte 68.
QByteArray sqliteHeader(quint32 applicationId)
{
    QByteArray header("SQLite format 3", 16); // with its terminating NUL
    header.resize(100, '\0');
    for (int i = 0; i < 4; ++i)
        header[68 + i] = char((applicationId >> (24 - 8 * i)) & 0xff);
    return header;
}

} // namespace

class TestInstallerMime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void archiveByName();
    void archiveByHeader();
    void otherSqliteIsNotAnArchive();
    void applicationIdWithoutSqliteIsNotAnArchive();
    void typeDescription();

private:
    QTemporaryDir m_dir;
};

void TestInstallerMime::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    // Ours first: QFile::copy never overwrites, so an installed copy of the package does not count,
    // and of the system's folders the first one wins, as in XDG.
    QVERIFY(QFile::copy(QStringLiteral(SS_MIME_XML), packages + QStringLiteral("/kr.seoulsolution.Desktop.xml")));
    const QStringList systemPackages = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                                 QStringLiteral("mime/packages"), QStandardPaths::LocateDirectory);
    for (const QString &dir : systemPackages) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.xml")}, QDir::Files);
        for (const QFileInfo &file : files)
            QFile::copy(file.filePath(), packages + u'/' + file.fileName());
    }
    QVERIFY2(QFile::exists(packages + QStringLiteral("/freedesktop.org.xml")), "shared-mime-info is not installed");

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (tool.isEmpty())
        QFAIL("update-mime-database not found: install shared-mime-info (tools/install-deps.sh)");
    // With the scratch folder in XDG_DATA_DIRS the tool has no note to print, so any output is a
    // complaint about the package (it reports an invalid rule and still exits 0). It writes one
    // file per type; fsync only makes that slow.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), m_dir.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"), QStringLiteral("0"));
    QProcess update;
    update.setProcessEnvironment(env);
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(tool, {m_dir.filePath(QStringLiteral("share/mime"))});
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitCode(), 0);
    const QByteArray log = update.readAll();
    QVERIFY2(log.isEmpty(), log.constData());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("share/mime/mime.cache"))));

    // Before the first QMimeDatabase query, which loads the folders: the scratch database alone.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
}

void TestInstallerMime::archiveByName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("policies.ssarc"), QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), kArchiveType);
    QVERIFY(type.globPatterns().contains(QStringLiteral("*.ssarc")));
}

void TestInstallerMime::archiveByHeader()
{
    // The real bundled archive, read without its name.
    QFile archive(QStringLiteral(SS_BUNDLED_ARCHIVE));
    QVERIFY2(archive.open(QIODevice::ReadOnly), qPrintable(archive.errorString()));
    QCOMPARE(QMimeDatabase().mimeTypeForData(archive.read(4096)).name(), kArchiveType);

    // And under a name that says nothing, as a file manager sees a download.
    const QString renamed = m_dir.filePath(QStringLiteral("download.bin"));
    QVERIFY(QFile::copy(archive.fileName(), renamed));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(renamed).name(), kArchiveType);
}

void TestInstallerMime::otherSqliteIsNotAnArchive()
{
    const QMimeDatabase db;
    QCOMPARE(db.mimeTypeForData(sqliteHeader(0)).name(), QStringLiteral("application/vnd.sqlite3"));
    QCOMPARE(db.mimeTypeForData(sqliteHeader(0x53534153)).name(), QStringLiteral("application/vnd.sqlite3")); // "SSAS"
}

void TestInstallerMime::applicationIdWithoutSqliteIsNotAnArchive()
{
    QByteArray data = sqliteHeader(0x53534152);
    data.replace(0, 6, "SQLyte");
    QVERIFY(QMimeDatabase().mimeTypeForData(data).name() != kArchiveType);
}

void TestInstallerMime::typeDescription()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(kArchiveType);
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.comment(), QStringLiteral("Seoul Solution archive"));
    QCOMPARE(type.iconName(), QStringLiteral("kr.seoulsolution.Desktop"));
    QCOMPARE(type.genericIconName(), QStringLiteral("x-office-document"));
}

QTEST_GUILESS_MAIN(TestInstallerMime)
#include "tst_installermime.moc"
