// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// ArchiveReader: lookups, fallbacks, the MIME allowlist, state after a failed open, and verify()
// finding one flipped byte inside one sqlar entry.
#include "samplearchive.h"

#include <core/archive/archiveerror.h>
#include <core/archive/archivereader.h>
#include <core/archive/archivewriter.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Ss::Core;

namespace {

const QByteArray kNoBytes = QByteArrayLiteral("<nullopt>");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

//! The bytes stored in sqlar.data for \a name, read with the plain SQLite API.
QByteArray storedBlob(const QString &archive, const QString &name)
{
    sqlite3 *db = nullptr;
    QByteArray out;
    if (sqlite3_open_v2(archive.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT data FROM sqlar WHERE name = ?1", -1, &st, nullptr);
        const QByteArray utf8 = name.toUtf8();
        sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW)
            out = QByteArray(static_cast<const char *>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openGoodArchive();
    void lookups();
    void metadataLanguageFallback();
    void notOpenReaderIsInert();
    void failedOpenClearsPreviousArchive();
    void unlistedMimeTypeServedAsOctetStream();
    void verifyFindsFlippedByte_data();
    void verifyFindsFlippedByte();

private:
    QTemporaryDir m_dir;
    QString m_good;
};

void TestArchiveReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.ssarc"));
    QString error;
    QVERIFY2(SsTest::writeSampleArchive(m_good, &error), qPrintable(error));
}

void TestArchiveReader::openGoodArchive()
{
    ArchiveReader reader;
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    QVERIFY(reader.isOpen());
    QCOMPARE(reader.error(), ArchiveError::None);
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(reader.path(), m_good);
    QVERIFY(reader.handle() != nullptr);
    QCOMPARE(reader.nodes().size(), 7);
    QCOMPARE(reader.verify(), QStringList());
}

void TestArchiveReader::lookups()
{
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    const int bus = reader.indexOf(SsTest::kBusReform);
    QVERIFY(bus >= 0);
    QCOMPARE(reader.nodes().at(bus).docId, SsTest::kBusReform);
    QCOMPARE(reader.indexOfPath(SsTest::kBusReform + QStringLiteral("/index.en.html")), bus);
    QCOMPARE(reader.indexOfPath(SsTest::kBusReform + QStringLiteral("/index.ko.html")), bus);
    QCOMPARE(reader.indexOfPath(SsTest::kBusReform + QStringLiteral("/index.fr.html")), -1);
    QCOMPARE(reader.indexOfPath(QStringLiteral("images/noise-0.png")), -1); // a file, not a page
    QCOMPARE(reader.indexOf(QStringLiteral("model-policies/transportation/")), -1);
    QVERIFY(!reader.readFile(QStringLiteral("images/missing.png")).has_value());
    QCOMPARE(reader.mimeType(QStringLiteral("images/missing.png")), QStringLiteral("application/octet-stream"));
    QCOMPARE(reader.readFile(QStringLiteral("data/report.csv")).value_or(kNoBytes), SsTest::sampleFiles().at(1).data);
    // Out-of-range node indexes give nothing rather than a crash.
    QCOMPARE(reader.fields(-1).size(), 0);
    QCOMPARE(reader.fields(7).size(), 0);
    QCOMPARE(reader.links(100).size(), 0);
    QCOMPARE(reader.backlinks(-5).size(), 0);
    QCOMPARE(reader.headings(7, QStringLiteral("ko")).size(), 0);
    QCOMPARE(reader.tags(-1, QStringLiteral("ko")), QStringList());
    QVERIFY(!reader.plainText(7, QStringLiteral("ko")).has_value());
}

void TestArchiveReader::metadataLanguageFallback()
{
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    const ArchiveMetadata &m = reader.metadata();
    QCOMPARE(m.title(QStringLiteral("en")), QStringLiteral("Test Archive"));
    QCOMPARE(m.title(QStringLiteral("ko")), QStringLiteral("테스트 아카이브"));
    QCOMPARE(m.title(QStringLiteral("fr")), QStringLiteral("테스트 아카이브")); // the default language
    QCOMPARE(m.description(QStringLiteral("fr")), QStringLiteral("시험용 아카이브입니다."));
    QCOMPARE(m.description(QStringLiteral("en")), QStringLiteral("An archive for tests."));
}

void TestArchiveReader::notOpenReaderIsInert()
{
    ArchiveReader reader;
    QVERIFY(!reader.isOpen());
    QCOMPARE(reader.error(), ArchiveError::None);
    QVERIFY(!reader.readFile(QStringLiteral("data/report.csv")).has_value());
    QCOMPARE(reader.mimeType(QStringLiteral("data/report.csv")), QString());
    QCOMPARE(reader.fields(0).size(), 0);
    QVERIFY(!reader.plainText(0, QStringLiteral("ko")).has_value());
    QVERIFY(!reader.plainTextOfRow(1, nullptr, nullptr).has_value());
    QCOMPARE(reader.verify().size(), 1); // "not open" is a problem, never an empty (= good) list
}

void TestArchiveReader::failedOpenClearsPreviousArchive()
{
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    QCOMPARE(reader.nodes().size(), 7);
    const QString missing = m_dir.filePath(QStringLiteral("missing.ssarc"));
    QVERIFY(!reader.open(missing));
    QVERIFY(!reader.isOpen());
    QCOMPARE(reader.error(), ArchiveError::FileNotFound);
    QCOMPARE(reader.errorString(), ArchiveErrorText::message(ArchiveError::FileNotFound) + QStringLiteral(" (") + missing
                                       + u')');
    QCOMPARE(reader.nodes().size(), 0);
    QCOMPARE(reader.roots().size(), 0);
    QCOMPARE(reader.metadata().id, QString());
    QCOMPARE(reader.indexOf(SsTest::kBusReform), -1);
    QCOMPARE(reader.indexOfPath(SsTest::kBusReform + QStringLiteral("/index.en.html")), -1);
    QVERIFY(!reader.readFile(QStringLiteral("data/report.csv")).has_value());
    QCOMPARE(reader.verify(), QStringList{reader.errorString()});
    // And it opens again afterwards.
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    QCOMPARE(reader.error(), ArchiveError::None);
    QCOMPARE(reader.errorString(), QString());
}

void TestArchiveReader::unlistedMimeTypeServedAsOctetStream()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mime.ssarc"));
    {
        ArchiveWriter writer(path);
        QVERIFY(writer.open(SsTest::sampleMetadata(), SsTest::kSampleMtime));
        QVERIFY(writer.addDocument(SsTest::sampleDocuments().at(0)));
        QVERIFY(writer.addFile(QStringLiteral("tricky.js"), "alert(1)", QStringLiteral("text/javascript")));
        QVERIFY(writer.addFile(QStringLiteral("fine.txt"), "fine", QStringLiteral("text/plain")));
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    }
    ArchiveReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.mimeType(QStringLiteral("tricky.js")), QStringLiteral("application/octet-stream"));
    QCOMPARE(reader.mimeType(QStringLiteral("fine.txt")), QStringLiteral("text/plain"));
    QCOMPARE(reader.verify(), QStringList{QStringLiteral("tricky.js: MIME type text/javascript is not allowed")});
}

void TestArchiveReader::verifyFindsFlippedByte_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QStringList>("acceptable");
    // Stored as is: the flip survives decoding and only the hash can catch it.
    QTest::newRow("stored") << QStringLiteral("images/noise-2.png")
                            << QStringList{QStringLiteral("images/noise-2.png: SHA-256 mismatch")};
    // zlib-compressed: the stream's own checksum usually catches it first.
    QTest::newRow("compressed") << QStringLiteral("data/report.csv")
                                << QStringList{QStringLiteral("data/report.csv: cannot be decompressed"),
                                               QStringLiteral("data/report.csv: SHA-256 mismatch")};
    QTest::newRow("page") << SsTest::kBusReform + QStringLiteral("/index.ko.html")
                          << QStringList{SsTest::kBusReform + QStringLiteral("/index.ko.html: cannot be decompressed"),
                                         SsTest::kBusReform + QStringLiteral("/index.ko.html: SHA-256 mismatch")};
}

void TestArchiveReader::verifyFindsFlippedByte()
{
    QFETCH(QString, entry);
    QFETCH(QStringList, acceptable);
    const QByteArray blob = storedBlob(m_good, entry);
    QVERIFY(blob.size() > 16);
    QByteArray bytes = readAll(m_good);
    const qsizetype at = bytes.indexOf(blob);
    QVERIFY2(at > 0, "the entry's bytes are not stored contiguously in the file");
    QCOMPARE(bytes.lastIndexOf(blob), at); // exactly one place
    bytes[at + blob.size() / 2] = char(bytes.at(at + blob.size() / 2) ^ 0xFF);
    const QString path = m_dir.filePath(QStringLiteral("flipped-%1.ssarc").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writeAll(path, bytes));

    ArchiveReader reader;
    // Open is cheap and does not read entry data: the archive opens, and only verify() notices.
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QStringList problems = reader.verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(acceptable.contains(problems.constFirst()), qPrintable(problems.constFirst()));
    if (problems.constFirst().endsWith(u"cannot be decompressed")) {
        QVERIFY(!reader.readFile(entry).has_value());
    } else {
        ArchiveReader good;
        QVERIFY(good.open(m_good));
        const QByteArray original = good.readFile(entry).value_or(kNoBytes);
        const QByteArray damaged = reader.readFile(entry).value_or(kNoBytes);
        QCOMPARE(damaged.size(), original.size());
        QVERIFY(damaged != original);
    }
}

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
