// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// ArchiveReader against broken archives (RELIABILITY.md 2.4):
//  K1  a named corpus, one defect per file, each with its own error code and message, no fd leak;
//  K2  10,000 random mutants of a good archive: no crash, no hang, only documented outcomes.
#include "samplearchive.h"

#include <core/archive/archiveerror.h>
#include <core/archive/archivereader.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <functional>

using namespace Ss::Core;

namespace {

constexpr int kPageSize = 4096;

//! Open file descriptors of this process (the directory listing's own descriptor is closed again).
int openFdCount()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

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

//! Runs \a sql on \a path with a plain read-write connection (no hardening: this is the attacker).
bool execSql(const QString &path, const char *sql, QString *error)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    char *message = nullptr;
    if (ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : "error");
        ok = false;
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

//! The documented machine codes of ArchiveError; an outcome outside this list is a bug.
const QStringList kDocumentedCodes{
    QStringLiteral("file-not-found"),      QStringLiteral("not-readable"),    QStringLiteral("truncated"),
    QStringLiteral("not-sqlite"),          QStringLiteral("not-an-archive"),  QStringLiteral("newer-format"),
    QStringLiteral("older-format"),        QStringLiteral("damaged"),         QStringLiteral("unexpected-structure"),
    QStringLiteral("missing-metadata"),    QStringLiteral("too-complex")};

//! One broken archive of the corpus.
struct Defect
{
    QString name;
    ArchiveError error = ArchiveError::None; // expected from open()
    QString code;                            // expected ArchiveErrorText::code()
    QString detail;                          // expected text in errorString() after the message, or empty
    QString verifyProblem;                   // with ArchiveError::None: a problem verify() must report (prefix)
    QString path;
};

} // namespace

class TestArchiveCorruption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namedCorruption_data();
    void namedCorruption();
    void corpusLeaksNoDescriptor();
    void randomMutants();

private:
    void addBytes(const QString &name, ArchiveError error, const QString &code, const QByteArray &bytes,
                  const QString &detail = {});
    void addSql(const QString &name, ArchiveError error, const QString &code, const char *sql,
                const QString &detail = {}, const QString &verifyProblem = {});
    void addPath(const QString &name, ArchiveError error, const QString &code, const QString &path);
    //! Calls every read accessor on every node; verify() too when \a full.
    static void exercise(ArchiveReader &reader, bool full);

    QTemporaryDir m_dir;
    QString m_goodPath;
    QByteArray m_good;
    QList<Defect> m_corpus;
    QStringList m_setupErrors;
};

void TestArchiveCorruption::addBytes(const QString &name, ArchiveError error, const QString &code,
                                     const QByteArray &bytes, const QString &detail)
{
    Defect d{name, error, code, detail, {}, m_dir.filePath(name + QStringLiteral(".ssarc"))};
    if (!writeAll(d.path, bytes))
        m_setupErrors.append(name + QStringLiteral(": cannot write"));
    m_corpus.append(d);
}

void TestArchiveCorruption::addSql(const QString &name, ArchiveError error, const QString &code, const char *sql,
                                   const QString &detail, const QString &verifyProblem)
{
    Defect d{name, error, code, detail, verifyProblem, m_dir.filePath(name + QStringLiteral(".ssarc"))};
    QString sqlError;
    if (!writeAll(d.path, m_good) || !execSql(d.path, sql, &sqlError))
        m_setupErrors.append(name + QStringLiteral(": ") + sqlError);
    m_corpus.append(d);
}

void TestArchiveCorruption::addPath(const QString &name, ArchiveError error, const QString &code, const QString &path)
{
    m_corpus.append(Defect{name, error, code, path, {}, path});
}

void TestArchiveCorruption::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_goodPath = m_dir.filePath(QStringLiteral("good.ssarc"));
    QString error;
    QVERIFY2(SsTest::writeSampleArchive(m_goodPath, &error), qPrintable(error));
    QFile good(m_goodPath);
    QVERIFY(good.open(QIODevice::ReadOnly));
    m_good = good.readAll();
    QCOMPARE(m_good.size() % kPageSize, 0);
    const int pageCount = int(m_good.size() / kPageSize);
    QVERIFY(pageCount >= 10);

    using E = ArchiveError;
    auto page = [&](int number) { return qsizetype(number - 1) * kPageSize; };
    auto patched = [&](qsizetype offset, const QByteArray &with) {
        QByteArray b = m_good;
        b.replace(offset, with.size(), with);
        return b;
    };
    auto be32 = [](quint32 v) {
        QByteArray b(4, Qt::Uninitialized);
        qToBigEndian(v, b.data());
        return b;
    };

    // --- The file itself -------------------------------------------------------------------
    addBytes(QStringLiteral("empty-file"), E::NotSqlite, QStringLiteral("not-sqlite"), {});
    addBytes(QStringLiteral("truncated-99"), E::Truncated, QStringLiteral("truncated"), m_good.left(99));
    addBytes(QStringLiteral("truncated-4096"), E::Truncated, QStringLiteral("truncated"), m_good.left(4096));
    addBytes(QStringLiteral("truncated-half"), E::Truncated, QStringLiteral("truncated"), m_good.left(m_good.size() / 2));
    addBytes(QStringLiteral("truncated-last-page"), E::Truncated, QStringLiteral("truncated"),
             m_good.left(m_good.size() - kPageSize));
    addBytes(QStringLiteral("text-file"), E::NotSqlite, QStringLiteral("not-sqlite"),
             QByteArrayLiteral("This is a plain text file, not an archive.\n").repeated(100));
    addPath(QStringLiteral("nonexistent"), E::FileNotFound, QStringLiteral("file-not-found"),
            m_dir.filePath(QStringLiteral("no-such-file.ssarc")));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("a-folder.ssarc")));
    addPath(QStringLiteral("directory"), E::NotReadable, QStringLiteral("not-readable"),
            m_dir.filePath(QStringLiteral("a-folder.ssarc")));

    // --- The 100-byte header ---------------------------------------------------------------
    addBytes(QStringLiteral("zeroed-header"), E::NotSqlite, QStringLiteral("not-sqlite"), patched(0, QByteArray(100, '\0')));
    addBytes(QStringLiteral("wrong-magic"), E::NotSqlite, QStringLiteral("not-sqlite"),
             patched(0, QByteArrayLiteral("SQLite format 4")));
    addBytes(QStringLiteral("bad-page-size"), E::Damaged, QStringLiteral("damaged"), patched(16, QByteArray("\x03\xE8", 2)),
             QStringLiteral("page size"));
    addBytes(QStringLiteral("wal-journal-mode"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
             patched(18, QByteArray("\x02\x02", 2)), QStringLiteral("journal mode"));
    addSql(QStringLiteral("wrong-application-id"), E::NotAnArchive, QStringLiteral("not-an-archive"),
           "PRAGMA application_id = 1234");
    addSql(QStringLiteral("newer-user-version"), E::NewerFormat, QStringLiteral("newer-format"), "PRAGMA user_version = 3",
           QStringLiteral("format 3"));
    addSql(QStringLiteral("older-user-version"), E::OlderFormat, QStringLiteral("older-format"), "PRAGMA user_version = 0",
           QStringLiteral("format 0"));
    // Format 1 had a search table of four columns: an archive of that version is refused as older.
    addSql(QStringLiteral("format-1-user-version"), E::OlderFormat, QStringLiteral("older-format"), "PRAGMA user_version = 1",
           QStringLiteral("format 1"));

    // --- Pages ---------------------------------------------------------------------------------
    addBytes(QStringLiteral("page1-wiped"), E::Damaged, QStringLiteral("damaged"),
             patched(100, QByteArray(kPageSize - 100, '\0')));
    // Page 2 is the root of sqlar; the sample has enough entries that it is an interior page.
    QCOMPARE(int(uchar(m_good.at(page(2)))), 0x05);
    addBytes(QStringLiteral("btree-interior-page-wiped"), E::Damaged, QStringLiteral("damaged"),
             patched(page(2), QByteArray(kPageSize, '\0')));
    addBytes(QStringLiteral("btree-leaf-page-garbage"), E::Damaged, QStringLiteral("damaged"),
             patched(page(pageCount), SsTest::noise(kPageSize, 99)));
    {
        // A freelist whose trunk page names itself as the next trunk: one page appended.
        QByteArray b = m_good;
        QByteArray trunk(kPageSize, '\0');
        trunk.replace(0, 4, be32(quint32(pageCount + 1)));
        b += trunk;
        b.replace(28, 4, be32(quint32(pageCount + 1))); // database size in pages
        b.replace(32, 4, be32(quint32(pageCount + 1))); // first freelist trunk page
        b.replace(36, 4, be32(2));                      // number of freelist pages
        addBytes(QStringLiteral("freelist-loop"), E::Damaged, QStringLiteral("damaged"), b);
    }

    // --- Schema ----------------------------------------------------------------------------------
    addSql(QStringLiteral("view-for-table"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "DROP TABLE tag; CREATE VIEW tag AS SELECT 1 AS node, 'ko' AS lang, 'x' AS tag", QStringLiteral("view|tag"));
    addSql(QStringLiteral("trigger-added"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END", QStringLiteral("trigger|t"));
    addSql(QStringLiteral("extra-table"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "CREATE TABLE extra(x)", QStringLiteral("table|extra"));
    addSql(QStringLiteral("extra-index"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "CREATE INDEX node_kind ON node(kind)", QStringLiteral("index|node_kind"));
    addSql(QStringLiteral("view-calling-fts3-tokenizer"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "CREATE VIEW v AS SELECT fts3_tokenizer('simple') AS t", QStringLiteral("view|v"));
    addSql(QStringLiteral("altered-table"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "DROP TABLE tag; CREATE TABLE tag(node INTEGER NOT NULL, lang TEXT NOT NULL, tag TEXT NOT NULL, extra, "
           "PRIMARY KEY(node, lang, tag)) WITHOUT ROWID",
           QStringLiteral("table|tag"));
    addSql(QStringLiteral("table-dropped"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "DROP TABLE heading", QStringLiteral("missing table|heading"));

    // --- Metadata ----------------------------------------------------------------------------
    addSql(QStringLiteral("meta-missing-id"), E::MissingMetadata, QStringLiteral("missing-metadata"),
           "DELETE FROM meta WHERE key = 'id'");
    addSql(QStringLiteral("meta-missing-titles"), E::MissingMetadata, QStringLiteral("missing-metadata"),
           "DELETE FROM meta WHERE key LIKE 'title.%'");
    addSql(QStringLiteral("meta-missing-languages"), E::MissingMetadata, QStringLiteral("missing-metadata"),
           "DELETE FROM meta WHERE key = 'languages'");
    addSql(QStringLiteral("meta-default-language-unlisted"), E::MissingMetadata, QStringLiteral("missing-metadata"),
           "UPDATE meta SET value = 'fr' WHERE key = 'default_language'");
    addSql(QStringLiteral("meta-format-version-mismatch"), E::UnexpectedStructure, QStringLiteral("unexpected-structure"),
           "UPDATE meta SET value = '3' WHERE key = 'format_version'", QStringLiteral("format_version"));

    // --- The tree ----------------------------------------------------------------------------
    // model-policies (1) and model-policies/transportation (2) name each other as parent.
    addSql(QStringLiteral("node-parent-cycle"), E::Damaged, QStringLiteral("damaged"),
           "UPDATE node SET parent = 2 WHERE id = 1", QStringLiteral("tree"));
    addSql(QStringLiteral("node-own-parent"), E::Damaged, QStringLiteral("damaged"),
           "UPDATE node SET parent = id WHERE doc_id = 'overseas-cities/asia'", QStringLiteral("node overseas-cities/asia"));
    addSql(QStringLiteral("node-missing-parent"), E::Damaged, QStringLiteral("damaged"),
           "UPDATE node SET parent = 999 WHERE doc_id = 'overseas-cities/asia/tokyo'",
           QStringLiteral("node overseas-cities/asia/tokyo"));

    // --- Found only by verify(): open succeeds, pages stay readable (K3) ------------------------
    addSql(QStringLiteral("fts-data-row-corrupted"), E::None, QStringLiteral("none"),
           "UPDATE search_data SET block = zeroblob(length(block)) WHERE id = (SELECT max(id) FROM search_data)", {},
           QStringLiteral("search index: "));
    addSql(QStringLiteral("fts-config-tampered"), E::None, QStringLiteral("none"),
           "UPDATE search_config SET v = 5 WHERE k = 'version'", {}, QStringLiteral("search index: "));
    addSql(QStringLiteral("entry-oversized"), E::None, QStringLiteral("none"),
           "UPDATE sqlar SET sz = 100000000 WHERE name = 'data/report.csv'", {},
           QStringLiteral("data/report.csv: cannot be decompressed"));
    addSql(QStringLiteral("manifest-hash-mismatch"), E::None, QStringLiteral("none"),
           "UPDATE manifest SET sha256 = '0000000000000000000000000000000000000000000000000000000000000000' "
           "WHERE name = 'images/noise-1.png'",
           {}, QStringLiteral("images/noise-1.png: SHA-256 mismatch"));
    addSql(QStringLiteral("manifest-mime-not-allowed"), E::None, QStringLiteral("none"),
           "UPDATE manifest SET mime = 'text/javascript' WHERE name = 'images/noise-1.png'", {},
           QStringLiteral("images/noise-1.png: MIME type text/javascript is not allowed"));
    addSql(QStringLiteral("entry-not-in-manifest"), E::None, QStringLiteral("none"),
           "DELETE FROM manifest WHERE name = 'images/noise-3.png'", {},
           QStringLiteral("images/noise-3.png: not in the manifest"));
    addSql(QStringLiteral("page-missing"), E::None, QStringLiteral("none"),
           "DELETE FROM sqlar WHERE name = 'overseas-cities/asia/tokyo/index.en.html'", {},
           QStringLiteral("overseas-cities/asia/tokyo/index.en.html: in the manifest but not stored"));

    QVERIFY2(m_setupErrors.isEmpty(), qPrintable(m_setupErrors.join(u'\n')));
    QVERIFY(m_corpus.size() >= 20);
}

void TestArchiveCorruption::namedCorruption_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_corpus.size(); ++i)
        QTest::newRow(qPrintable(m_corpus.at(i).name)) << i;
}

void TestArchiveCorruption::namedCorruption()
{
    QFETCH(int, index);
    const Defect &d = m_corpus.at(index);
    const int fdsBefore = openFdCount();
    {
        ArchiveReader reader;
        const bool opened = reader.open(d.path);
        QCOMPARE(reader.error(), d.error);
        QCOMPARE(ArchiveErrorText::code(reader.error()), d.code);
        QCOMPARE(opened, d.error == ArchiveError::None);
        QCOMPARE(reader.isOpen(), opened);
        if (!opened) {
            // The golden user-facing message, with the detail in parentheses where there is one.
            const QString message = ArchiveErrorText::message(d.error);
            QVERIFY(!message.isEmpty());
            if (d.detail.isEmpty())
                QVERIFY2(reader.errorString() == message || reader.errorString().startsWith(message + QStringLiteral(" (")),
                         qPrintable(reader.errorString()));
            else
                QCOMPARE(reader.errorString(), message + QStringLiteral(" (") + d.detail + u')');
            // Nothing half-loaded stays visible (a rejected tree may be cyclic).
            QCOMPARE(reader.nodes().size(), 0);
            QCOMPARE(reader.roots().size(), 0);
            QCOMPARE(reader.indexOf(SsTest::kBusReform), -1);
            QCOMPARE(reader.metadata().id, QString());
            QCOMPARE(reader.verify(), QStringList{reader.errorString()});
        } else {
            // Late corruption: the tree and the pages stay usable; verify() names the problem.
            QCOMPARE(reader.nodes().size(), 7);
            QVERIFY(reader.readFile(SsTest::kBusReform + QStringLiteral("/index.ko.html")).has_value());
            const QStringList problems = reader.verify();
            QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                                 [&](const QString &p) { return p.startsWith(d.verifyProblem); }),
                     qPrintable(problems.join(QStringLiteral(" | "))));
        }
    }
    QCOMPARE(openFdCount(), fdsBefore);
}

void TestArchiveCorruption::corpusLeaksNoDescriptor()
{
    const int before = openFdCount();
    for (int round = 0; round < 3; ++round) {
        for (const Defect &d : std::as_const(m_corpus)) {
            ArchiveReader reader;
            if (reader.open(d.path))
                exercise(reader, true);
            // A second open on the same reader closes the first connection.
            reader.open(m_goodPath);
            reader.open(d.path);
        }
    }
    QCOMPARE(openFdCount(), before);
}

void TestArchiveCorruption::exercise(ArchiveReader &reader, bool full)
{
    // What a reader of the archive does: the tree's pages and each node's details. The rarer
    // accessors and verify() only when \a full, which keeps K2 within its time budget.
    for (int n = 0; n < reader.nodes().size(); ++n) {
        reader.fields(n);
        reader.links(n);
        if (full)
            reader.backlinks(n);
        const auto texts = reader.nodes().at(n).texts; // a copy: the reader owns the list
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            reader.readFile(it.value().path);
            reader.headings(n, it.key());
            reader.plainText(n, it.key());
            if (full) {
                reader.mimeType(it.value().path);
                reader.tags(n, it.key());
            }
        }
    }
    if (full) {
        reader.plainTextOfRow(1, nullptr, nullptr);
        reader.verify();
    }
}

void TestArchiveCorruption::randomMutants()
{
    // K2. Every iteration has its own generator seeded with (seed, iteration), so one failing
    // iteration can be replayed alone: SS_MUTANT_SEED=<seed> SS_MUTANT_FIRST=<i> SS_MUTANT_COUNT=1.
    const quint32 seed = qEnvironmentVariableIsSet("SS_MUTANT_SEED")
                             ? quint32(qEnvironmentVariable("SS_MUTANT_SEED").toUInt())
                             : 20261101u;
    const int first = qEnvironmentVariableIntValue("SS_MUTANT_FIRST");
    const int count = qEnvironmentVariableIsSet("SS_MUTANT_COUNT") ? qEnvironmentVariableIntValue("SS_MUTANT_COUNT") : 10000;
    qInfo("K2: %d mutants from iteration %d, seed %u", count, first, seed);

    // The mutant file is patched in place and restored after each iteration: rewriting all of it
    // 10,000 times would cost more than reading it.
    const QString path = m_dir.filePath(QStringLiteral("mutant.ssarc"));
    QVERIFY(writeAll(path, m_good));
    QFile mutant(path);
    QVERIFY(mutant.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
    auto put = [&](qsizetype at, const QByteArray &data) { return mutant.seek(at) && mutant.write(data) == data.size(); };
    QMap<QString, int> outcomes;
    qint64 worstMs = 0;
    qint64 openNs = 0; // time spent in open(); the rest is patching the file and exercising the reader
    int worstIteration = -1;
    const int fdsBefore = openFdCount(); // the mutant file included
    QElapsedTimer total;
    total.start();
    for (int i = first; i < first + count; ++i) {
        const quint32 seeds[2] = {seed, quint32(i)};
        QRandomGenerator rng(seeds);
        QString what;
        qsizetype truncatedTo = -1;
        QList<qsizetype> touched;
        if (rng.bounded(10) == 0) {
            truncatedTo = rng.bounded(int(m_good.size()));
            what = QStringLiteral("truncate to %1").arg(truncatedTo);
        } else {
            QByteArray bytes = m_good;
            const int changes = 1 + int(rng.bounded(8));
            for (int c = 0; c < changes; ++c) {
                // A quarter of the changes land in page 1 (header and schema), where parsing is densest.
                const qsizetype at = rng.bounded(4) == 0 ? rng.bounded(kPageSize) : rng.bounded(int(bytes.size()));
                const char old = bytes.at(at);
                switch (rng.bounded(4)) {
                case 0: bytes[at] = char(old ^ (1 << rng.bounded(8))); break; // one bit
                case 1: bytes[at] = char(old ^ 0xFF); break;
                case 2: bytes[at] = char(rng.bounded(256)); break;
                default: bytes[at] = rng.bounded(2) ? char(0) : char(0xFF); break;
                }
                touched.append(at);
                what += QStringLiteral("[%1]=%2 ").arg(at).arg(uchar(bytes.at(at)));
            }
            for (qsizetype at : std::as_const(touched)) {
                if (!put(at, bytes.mid(at, 1)))
                    QFAIL("cannot patch the mutant file");
            }
        }
        const QByteArray context = QStringLiteral("seed %1 iteration %2: %3").arg(seed).arg(i).arg(what).toUtf8();
        if (truncatedTo >= 0)
            QVERIFY2(mutant.resize(truncatedTo), context.constData());

        QElapsedTimer timer;
        timer.start();
        {
            ArchiveReader reader;
            const bool opened = reader.open(path);
            openNs += timer.nsecsElapsed();
            QVERIFY2(opened == reader.isOpen(), context.constData());
            if (opened) {
                QVERIFY2(reader.error() == ArchiveError::None, context.constData());
                int &openedCount = outcomes[QStringLiteral("opened")];
                exercise(reader, openedCount % 50 == 0); // verify() on every 50th archive that opens
                ++openedCount;
            } else {
                const QString code = ArchiveErrorText::code(reader.error());
                QVERIFY2(reader.error() != ArchiveError::None, context.constData());
                QVERIFY2(kDocumentedCodes.contains(code), QByteArray(context + " -> " + code.toUtf8()).constData());
                QVERIFY2(reader.errorString().startsWith(ArchiveErrorText::message(reader.error())), context.constData());
                ++outcomes[code];
            }
        }
        const qint64 ms = timer.elapsed();
        // Back to the good archive for the next iteration.
        if (truncatedTo >= 0)
            QVERIFY2(put(truncatedTo, m_good.mid(truncatedTo)), context.constData());
        for (qsizetype at : std::as_const(touched))
            QVERIFY2(put(at, m_good.mid(at, 1)), context.constData());
        if (ms > worstMs) {
            worstMs = ms;
            worstIteration = i;
        }
        QVERIFY2(ms <= 2000, QByteArray(context + " took " + QByteArray::number(ms) + " ms").constData());
    }
    mutant.close();
    // The mutant file is closed; nothing the reader opened may remain (other parts of Qt may
    // have closed descriptors meanwhile, so fewer is fine).
    QVERIFY2(openFdCount() <= fdsBefore - 1, qPrintable(QStringLiteral("%1 descriptors open, %2 before").arg(openFdCount()).arg(fdsBefore)));
    QVERIFY(readAll(path) == m_good); // the restore worked, so every mutant was what it says
    QString summary;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        summary += QStringLiteral("%1=%2 ").arg(it.key()).arg(it.value());
    qInfo("K2: %s; slowest iteration %d took %lld ms; total %lld ms, of which %lld ms in open()", qPrintable(summary),
          worstIteration, worstMs, total.elapsed(), openNs / 1000000);
    if (count >= 1000) {
        // A corpus this size must reach both sides of open(); if not, the mutator is broken.
        QVERIFY(outcomes.value(QStringLiteral("opened")) > 0);
        QVERIFY(outcomes.size() >= 4);
    }
}

QTEST_GUILESS_MAIN(TestArchiveCorruption)
#include "tst_archivecorruption.moc"
