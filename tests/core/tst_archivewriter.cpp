// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// ArchiveWriter: round trip through ArchiveReader, no partial files, deterministic bytes, and the
// sqlar table readable by the stock sqlite3 tool.
#include "samplearchive.h"

#include <core/archive/archivereader.h>
#include <core/archive/archivewriter.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Core;

namespace {

const QString kSqlite = QStringLiteral("/usr/bin/sqlite3");
const QString kNone = QStringLiteral("<nullopt>");
const QByteArray kNoBytes = QByteArrayLiteral("<nullopt>");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! Every file and folder in \a dir, hidden ones included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList linkStrings(ArchiveReader &reader, int node)
{
    QStringList out;
    for (const NodeLink &link : reader.links(node))
        out.append(reader.nodes().at(link.target).docId + u'|' + link.rel);
    out.sort();
    return out;
}

QString fieldString(const DocumentField &f)
{
    return f.name + u'|' + f.lang + u'|' + QString::fromLatin1(f.value.typeName()) + u'|' + f.value.toString();
}

} // namespace

class TestArchiveWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripMetadataAndTree();
    void roundTripTexts();
    void roundTripFieldsAndLinks();
    void roundTripFiles();
    void roundTripSearchIndex();
    void withoutCommitLeavesNoFile();
    void failedCommitLeavesNoFile();
    void addDocumentErrors();
    void commitReplacesExistingFile();
    void sameCallsGiveIdenticalBytes();
    void sqlarListedBySqliteTool();
    void sqlarExtractedBySqliteTool();

private:
    QString writeSample(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("sample.ssarc"));
        QString error;
        if (!SsTest::writeSampleArchive(path, &error))
            qWarning("writeSampleArchive: %s", qPrintable(error));
        return path;
    }
};

void TestArchiveWriter::roundTripMetadataAndTree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ArchiveReader reader;
    QVERIFY2(reader.open(writeSample(dir)), qPrintable(reader.errorString()));
    QCOMPARE(reader.error(), ArchiveError::None);

    const ArchiveMetadata &m = reader.metadata();
    QCOMPARE(m.id, QStringLiteral("test-archive"));
    QCOMPARE(m.version, QStringLiteral("2.3.4"));
    QCOMPARE(m.created, QStringLiteral("2026-01-02"));
    QCOMPARE(m.publisher, QStringLiteral("Test Publisher"));
    QCOMPARE(m.generator, QStringLiteral("tst-sample 1"));
    QCOMPARE(m.defaultLanguage, QStringLiteral("ko"));
    QCOMPARE(m.languages, (QStringList{QStringLiteral("ko"), QStringLiteral("en")}));
    QCOMPARE(m.formatVersion, 2);
    QCOMPARE(m.titles, SsTest::sampleMetadata().titles);
    QCOMPARE(m.descriptions, SsTest::sampleMetadata().descriptions);

    // Tree: roots in call order, children in call order (t-money was added before bus-reform).
    const QList<ArchiveNode> &nodes = reader.nodes();
    QCOMPARE(nodes.size(), 7);
    QStringList roots;
    for (int r : reader.roots())
        roots.append(nodes.at(r).docId);
    QCOMPARE(roots, (QStringList{QStringLiteral("model-policies"), QStringLiteral("overseas-cities")}));
    const int transport = reader.indexOf(QStringLiteral("model-policies/transportation"));
    QVERIFY(transport >= 0);
    QStringList children;
    for (int c : nodes.at(transport).children)
        children.append(nodes.at(c).docId);
    QCOMPARE(children, (QStringList{SsTest::kTMoney, SsTest::kBusReform}));
    QCOMPARE(nodes.at(transport).parent, reader.indexOf(QStringLiteral("model-policies")));
    QCOMPARE(nodes.at(reader.indexOf(QStringLiteral("model-policies"))).parent, -1);
    QCOMPARE(nodes.at(reader.indexOf(SsTest::kTokyo)).parent, reader.indexOf(QStringLiteral("overseas-cities/asia")));
    QCOMPARE(nodes.at(reader.indexOf(SsTest::kTokyo)).children.size(), 0);

    const ArchiveNode &bus = nodes.at(reader.indexOf(SsTest::kBusReform));
    QCOMPARE(bus.kind, QStringLiteral("manual"));
    QCOMPARE(bus.isFolder, false);
    QCOMPARE(nodes.at(transport).isFolder, true);
    QCOMPARE(nodes.at(transport).kind, QStringLiteral("page"));
    QCOMPARE(nodes.at(reader.indexOf(SsTest::kTokyo)).kind, QStringLiteral("city"));
    QCOMPARE(reader.indexOf(QStringLiteral("no/such/doc")), -1);
}

void TestArchiveWriter::roundTripTexts()
{
    QTemporaryDir dir;
    ArchiveReader reader;
    QVERIFY2(reader.open(writeSample(dir)), qPrintable(reader.errorString()));
    const int busIndex = reader.indexOf(SsTest::kBusReform);
    const ArchiveNode &bus = reader.nodes().at(busIndex);
    QCOMPARE(bus.texts.keys(), (QStringList{QStringLiteral("en"), QStringLiteral("ko")}));
    const NodeText ko = bus.texts.value(QStringLiteral("ko"));
    QCOMPARE(ko.title, QStringLiteral("대중교통 체계 개편"));
    QCOMPARE(ko.summary, QStringLiteral("2004년 버스 개편"));
    QCOMPARE(ko.date, QStringLiteral("2026-09-20"));
    QCOMPARE(ko.path, SsTest::kBusReform + QStringLiteral("/index.ko.html"));
    QCOMPARE(bus.texts.value(QStringLiteral("en")).title, QStringLiteral("Bus Reform"));
    QCOMPARE(bus.texts.value(QStringLiteral("en")).date, QStringLiteral("2026-09-21"));
    QCOMPARE(bus.title(QStringLiteral("en"), QStringLiteral("ko")), QStringLiteral("Bus Reform"));

    // t-money has Korean only: English falls back to the default language.
    const ArchiveNode &tmoney = reader.nodes().at(reader.indexOf(SsTest::kTMoney));
    QCOMPARE(tmoney.texts.keys(), QStringList{QStringLiteral("ko")});
    QCOMPARE(tmoney.languageFor(QStringLiteral("en"), QStringLiteral("ko")), QStringLiteral("ko"));
    QCOMPARE(tmoney.title(QStringLiteral("en"), QStringLiteral("ko")), QStringLiteral("티머니 교통카드"));

    // Headings in order, with level and anchor.
    const QList<DocumentHeading> headings = reader.headings(busIndex, QStringLiteral("ko"));
    QCOMPARE(headings.size(), 3);
    QCOMPARE(headings.at(0).level, 2);
    QCOMPARE(headings.at(0).anchor, QStringLiteral("sec-1"));
    QCOMPARE(headings.at(0).text, QStringLiteral("배경"));
    QCOMPARE(headings.at(1).level, 3);
    QCOMPARE(headings.at(1).anchor, QStringLiteral("sec-2"));
    QCOMPARE(headings.at(1).text, QStringLiteral("세부"));
    QCOMPARE(headings.at(2).level, 2);
    QCOMPARE(headings.at(2).anchor, QStringLiteral("results"));
    QCOMPARE(headings.at(2).text, QStringLiteral("성과"));
    const QList<DocumentHeading> enHeadings = reader.headings(busIndex, QStringLiteral("en"));
    QCOMPARE(enHeadings.size(), 1);
    QCOMPARE(enHeadings.at(0).text, QStringLiteral("Background"));
    QCOMPARE(reader.headings(busIndex, QStringLiteral("fr")).size(), 0);

    // Tags per language, sorted, duplicates dropped.
    QCOMPARE(reader.tags(busIndex, QStringLiteral("ko")), (QStringList{QStringLiteral("교통"), QStringLiteral("버스")}));
    QCOMPARE(reader.tags(busIndex, QStringLiteral("en")), (QStringList{QStringLiteral("bus"), QStringLiteral("transport")}));

    // The indexed plain text.
    QCOMPARE(reader.plainText(busIndex, QStringLiteral("ko")).value_or(kNone), SsTest::kBusReformKoText);
    QCOMPARE(reader.plainText(busIndex, QStringLiteral("en")).value_or(kNone), SsTest::kBusReformEnText);
    QVERIFY(!reader.plainText(reader.indexOf(SsTest::kTMoney), QStringLiteral("en")).has_value());
}

void TestArchiveWriter::roundTripFieldsAndLinks()
{
    QTemporaryDir dir;
    ArchiveReader reader;
    QVERIFY2(reader.open(writeSample(dir)), qPrintable(reader.errorString()));
    const int bus = reader.indexOf(SsTest::kBusReform);
    const int tmoney = reader.indexOf(SsTest::kTMoney);
    const int tokyo = reader.indexOf(SsTest::kTokyo);

    // Fields come back ordered by name, language, then insertion order, with their SQLite types.
    QStringList busFields;
    for (const DocumentField &f : reader.fields(bus))
        busFields.append(fieldString(f));
    QCOMPARE(busFields, (QStringList{QStringLiteral("area||QString|transportation"),
                                     QStringLiteral("contact|en|QString|Bus Policy Division"),
                                     QStringLiteral("contact|ko|QString|버스정책과"),
                                     QStringLiteral("year||qlonglong|2004")}));
    const QList<DocumentField> cityFields = reader.fields(tokyo);
    QStringList cityStrings;
    for (const DocumentField &f : cityFields)
        cityStrings.append(fieldString(f));
    QCOMPARE(cityStrings, (QStringList{QStringLiteral("country|en|QString|Japan"), QStringLiteral("country|ko|QString|일본"),
                                       QStringLiteral("lat||double|35.6895"), QStringLiteral("lon||double|139.6917"),
                                       QStringLiteral("partners|en|QString|Zeta Office"),
                                       QStringLiteral("partners|en|QString|Alpha Agency"),
                                       QStringLiteral("population||qlonglong|13960000")}));
    QCOMPARE(cityFields.at(2).value.typeId(), int(QMetaType::Double));
    QCOMPARE(cityFields.at(2).value.toDouble(), 35.6895); // exact: REAL keeps the double
    QCOMPARE(cityFields.at(6).value.typeId(), int(QMetaType::LongLong));
    QCOMPARE(cityFields.at(6).value.toLongLong(), qint64(13960000));

    // Links from the body and "related" from front matter, resolved to nodes.
    QCOMPARE(linkStrings(reader, bus), (QStringList{SsTest::kTMoney + QStringLiteral("|link"),
                                                    SsTest::kTokyo + QStringLiteral("|related")}));
    QCOMPARE(linkStrings(reader, tokyo), QStringList{SsTest::kBusReform + QStringLiteral("|link")});
    QCOMPARE(linkStrings(reader, tmoney), QStringList());
    QCOMPARE(reader.backlinks(tmoney), QList<int>{bus});
    QCOMPARE(reader.backlinks(bus), QList<int>{tokyo});
    QCOMPARE(reader.backlinks(tokyo), QList<int>{bus});
}

void TestArchiveWriter::roundTripFiles()
{
    QTemporaryDir dir;
    ArchiveReader reader;
    QVERIFY2(reader.open(writeSample(dir)), qPrintable(reader.errorString()));
    for (const SsTest::SampleFile &file : SsTest::sampleFiles()) {
        QCOMPARE(reader.readFile(file.name).value_or(kNoBytes), file.data);
        QCOMPARE(reader.mimeType(file.name), file.mime);
    }
    int pages = 0;
    for (const ArchiveDocument &doc : SsTest::sampleDocuments()) {
        for (const DocumentText &text : doc.texts) {
            QCOMPARE(reader.readFile(text.path).value_or(kNoBytes), text.html);
            QCOMPARE(reader.mimeType(text.path), QStringLiteral("text/html"));
            QCOMPARE(reader.indexOfPath(text.path), reader.indexOf(doc.id));
            ++pages;
        }
    }
    QCOMPARE(pages, 13);
    QVERIFY(!reader.readFile(QStringLiteral("images/none.png")).has_value());
    QCOMPARE(reader.verify(), QStringList());
}

void TestArchiveWriter::roundTripSearchIndex()
{
    QTemporaryDir dir;
    ArchiveReader reader;
    QVERIFY2(reader.open(writeSample(dir)), qPrintable(reader.errorString()));
    // Row 1 is the first text of the first document (model-policies, languages in key order: en, ko).
    int node = -1;
    QString lang;
    QCOMPARE(reader.plainTextOfRow(1, &node, &lang).value_or(kNone), QStringLiteral("About Model Policies"));
    QCOMPARE(node, reader.indexOf(QStringLiteral("model-policies")));
    QCOMPARE(lang, QStringLiteral("en"));
    QVERIFY(!reader.plainTextOfRow(999, &node, &lang).has_value());
}

void TestArchiveWriter::withoutCommitLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.ssarc"));
    const QString partial = dir.filePath(QStringLiteral(".never.ssarc.partial"));
    {
        ArchiveWriter writer(path);
        QVERIFY(writer.open(SsTest::sampleMetadata(), SsTest::kSampleMtime));
        const QList<ArchiveDocument> docs = SsTest::sampleDocuments();
        QVERIFY(writer.addDocument(docs.at(0)));
        QVERIFY(writer.addFile(QStringLiteral("a.txt"), "hello", QStringLiteral("text/plain")));
        // While it is being written, the archive exists only under its temporary name.
        QVERIFY(QFile::exists(partial));
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestArchiveWriter::failedCommitLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.ssarc"));
    {
        ArchiveWriter writer(path);
        QVERIFY(writer.open(SsTest::sampleMetadata(), SsTest::kSampleMtime));
        ArchiveDocument doc = SsTest::sampleDocuments().at(0);
        doc.links = {QStringLiteral("nowhere/at-all")};
        QVERIFY(writer.addDocument(doc));
        QVERIFY(!writer.commit());
        QCOMPARE(writer.errorString(), QStringLiteral("link to unknown document nowhere/at-all"));
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestArchiveWriter::addDocumentErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.ssarc"));
    {
        ArchiveWriter notOpen(path);
        QVERIFY(!notOpen.addDocument(SsTest::sampleDocuments().at(0)));
        QCOMPARE(notOpen.errorString(), QStringLiteral("archive is not open"));
        QVERIFY(!notOpen.commit());
    }
    {
        ArchiveWriter writer(path);
        QVERIFY(writer.open(SsTest::sampleMetadata(), SsTest::kSampleMtime));
        ArchiveDocument orphan = SsTest::sampleDocuments().at(2); // t-money, before its parents
        QVERIFY(!writer.addDocument(orphan));
        QCOMPARE(writer.errorString(), QStringLiteral("model-policies/transportation/t-money: parent "
                                                      "model-policies/transportation was not added first"));
    }
    {
        ArchiveWriter writer(path);
        QVERIFY(writer.open(SsTest::sampleMetadata(), SsTest::kSampleMtime));
        QVERIFY(writer.addDocument(SsTest::sampleDocuments().at(0)));
        ArchiveDocument again = SsTest::sampleDocuments().at(0);
        again.texts.clear();
        QVERIFY(!writer.addDocument(again));
        QCOMPARE(writer.errorString(), QStringLiteral("duplicate document id model-policies"));
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestArchiveWriter::commitReplacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.ssarc"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file that is replaced");
    }
    QString error;
    QVERIFY2(SsTest::writeSampleArchive(path, &error), qPrintable(error));
    ArchiveReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("sample.ssarc")});
}

void TestArchiveWriter::sameCallsGiveIdenticalBytes()
{
    QTemporaryDir dir;
    QString error;
    const QString a = dir.filePath(QStringLiteral("a.ssarc"));
    const QString b = dir.filePath(QStringLiteral("b.ssarc"));
    const QString c = dir.filePath(QStringLiteral("c.ssarc"));
    QVERIFY2(SsTest::writeSampleArchive(a, &error), qPrintable(error));
    QVERIFY2(SsTest::writeSampleArchive(b, &error), qPrintable(error));
    QVERIFY2(SsTest::writeSampleArchive(c, &error, SsTest::kSampleMtime + 1), qPrintable(error));
    const QByteArray bytesA = readAll(a);
    QVERIFY(bytesA.size() > 0);
    QCOMPARE(bytesA.size() % 4096, 0);
    QVERIFY(bytesA == readAll(b));
    // The mtime is stored, so another mtime must give other bytes (the comparison above can fail).
    QVERIFY(bytesA != readAll(c));
}

void TestArchiveWriter::sqlarListedBySqliteTool()
{
    if (!QFile::exists(kSqlite))
        QSKIP("no /usr/bin/sqlite3");
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    QProcess tool;
    tool.start(kSqlite, {path, QStringLiteral("-Atv")});
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(tool.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

    QMap<QString, qint64> expected; // name -> size
    for (const SsTest::SampleFile &file : SsTest::sampleFiles())
        expected.insert(file.name, file.data.size());
    for (const ArchiveDocument &doc : SsTest::sampleDocuments()) {
        for (const DocumentText &text : doc.texts)
            expected.insert(text.path, text.html.size());
    }
    static const QRegularExpression line(QStringLiteral("^(\\S+)\\s+(\\d+)\\s+(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)\\s+(.+)$"));
    QMap<QString, qint64> listed;
    for (const QString &l : lines) {
        const auto m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        QCOMPARE(m.captured(1), QStringLiteral("-rw-r--r--"));
        QCOMPARE(m.captured(3), QStringLiteral("2026-01-01 00:00:00")); // kSampleMtime
        listed.insert(m.captured(4), m.captured(2).toLongLong());
    }
    QCOMPARE(lines.size(), expected.size());
    QCOMPARE(listed, expected);
}

void TestArchiveWriter::sqlarExtractedBySqliteTool()
{
    if (!QFile::exists(kSqlite))
        QSKIP("no /usr/bin/sqlite3");
    QTemporaryDir dir;
    const QString path = writeSample(dir);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess tool;
    tool.setWorkingDirectory(out.path());
    tool.start(kSqlite, {path, QStringLiteral("-Ax")});
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);

    int count = 0;
    auto check = [&](const QString &name, const QByteArray &data) {
        const QString extracted = out.filePath(name);
        QVERIFY2(QFile::exists(extracted), qPrintable(name));
        QVERIFY2(readAll(extracted) == data, qPrintable(name));
        ++count;
    };
    for (const SsTest::SampleFile &file : SsTest::sampleFiles())
        check(file.name, file.data);
    for (const ArchiveDocument &doc : SsTest::sampleDocuments()) {
        for (const DocumentText &text : doc.texts)
            check(text.path, text.html);
    }
    QCOMPARE(count, 20);
    // Nothing else was extracted.
    int files = 0;
    QDirIterator it(out.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(files, count);
}

QTEST_GUILESS_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
