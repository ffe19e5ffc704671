// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The real seoulsolution-archive executable: exit codes, what it prints, and what it writes.
#include "packerfixtures.h"

#include <core/archive/archiveerror.h>
#include <core/archive/archivereader.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Core;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runPacker(const QStringList &arguments, qint64 epoch = SsTest::kSourceEpoch)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QString::number(epoch));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SS_PACKER_EXE), arguments);
    Result r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        r.err = "did not finish normally: " + process.readAllStandardError();
        return r;
    }
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QByteArray describe(const Result &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out.left(2000) + "\nstderr: " + r.err.left(2000);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestPackerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void buildTwiceGivesIdenticalBytes();
    void badSourceExitsTwoAndWritesNothing();
    void missingTranslationExitsZero();
    void buildHtmlFolder();
    void verifyGood();
    void verifyFlippedByte();
    void verifyNotAnArchive_data();
    void verifyNotAnArchive();
    void info();
    void infoJson();
    void ls();
    void lsFiles();
    void catPage();
    void catText();
    void catFile();
    void catLanguageFallback();
    void catUnknownId();

private:
    QTemporaryDir m_dir;
    QString m_good;
};

void TestPackerCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(SS_PACKER_EXE)).isExecutable());
    m_good = m_dir.filePath(QStringLiteral("good.ssarc"));
    const Result r = runPacker({QStringLiteral("build"), SsTest::fixture(QStringLiteral("good-source")), QStringLiteral("-o"), m_good});
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.err.startsWith(QByteArray("Packed 11 documents into " + m_good.toUtf8() + " (")), r.err.constData());
    QVERIFY2(r.err.endsWith(" ms; 0 warning(s)\n"), r.err.constData());
    QCOMPARE(r.out, QByteArray());
}

void TestPackerCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("tool") << QStringList{QStringLiteral("--help")} << QByteArray("Usage: seoulsolution-archive COMMAND [options] ...\n");
    QTest::newRow("build") << QStringList{QStringLiteral("build"), QStringLiteral("--help")}
                           << QByteArray("Usage: seoulsolution-archive build [options] SOURCE\n");
    QTest::newRow("verify") << QStringList{QStringLiteral("verify"), QStringLiteral("--help")}
                            << QByteArray("Usage: seoulsolution-archive verify [options] FILE\n");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                          << QByteArray("Usage: seoulsolution-archive info [options] FILE\n");
    QTest::newRow("ls") << QStringList{QStringLiteral("ls"), QStringLiteral("--help")}
                        << QByteArray("Usage: seoulsolution-archive ls [options] FILE\n");
    QTest::newRow("cat") << QStringList{QStringLiteral("cat"), QStringLiteral("-h")}
                         << QByteArray("Usage: seoulsolution-archive cat [options] FILE DOC-ID\n");
}

void TestPackerCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Result r = runPacker(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(expected), r.out.constData());
    QCOMPARE(r.err, QByteArray());
    if (arguments.size() == 1) {
        for (const char *command : {"build", "verify", "info", "ls", "cat"})
            QVERIFY2(r.out.contains(QByteArray(QByteArray("\n  ") + command + ' ')), command);
    } else {
        QVERIFY(r.out.contains("-h, --help"));
    }
}

void TestPackerCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no-arguments") << QStringList() << QByteArray("Usage: seoulsolution-archive COMMAND");
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("pack")}
                                     << QByteArray("seoulsolution-archive: unknown command 'pack'\n");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("verify"), QStringLiteral("--frobnicate"), QStringLiteral("x")}
                                    << QByteArray("seoulsolution-archive verify: Unknown option 'frobnicate'.\n");
    QTest::newRow("missing-argument") << QStringList{QStringLiteral("cat"), QStringLiteral("x.ssarc")}
                                      << QByteArray("seoulsolution-archive cat: missing arguments\n");
    QTest::newRow("build-without-output") << QStringList{QStringLiteral("build"), SsTest::fixture(QStringLiteral("good-source"))}
                                          << QByteArray("seoulsolution-archive build: -o FILE is required\n");
    QTest::newRow("build-missing-folder") << QStringList{QStringLiteral("build"), QStringLiteral("/nonexistent/source"),
                                                         QStringLiteral("-o"), QStringLiteral("/nonexistent/x.ssarc")}
                                          << QByteArray("/nonexistent/source: no such folder\n");
}

void TestPackerCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Result r = runPacker(arguments);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.startsWith(message), r.err.constData());
    QCOMPARE(r.out, QByteArray());
}

void TestPackerCli::buildTwiceGivesIdenticalBytes()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.ssarc"));
    const QString b = dir.filePath(QStringLiteral("b.ssarc"));
    const QString c = dir.filePath(QStringLiteral("c.ssarc"));
    const QString source = SsTest::fixture(QStringLiteral("good-source"));
    QCOMPARE(runPacker({QStringLiteral("build"), source, QStringLiteral("-o"), a, QStringLiteral("--quiet")}).exitCode, 0);
    QCOMPARE(runPacker({QStringLiteral("build"), source, QStringLiteral("-o"), b, QStringLiteral("--quiet")}).exitCode, 0);
    QCOMPARE(runPacker({QStringLiteral("build"), source, QStringLiteral("-o"), c, QStringLiteral("--quiet")},
                       SsTest::kSourceEpoch + 1)
                 .exitCode,
             0);
    const QByteArray bytes = SsTest::readAll(a);
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes == SsTest::readAll(b));
    QVERIFY(bytes == SsTest::readAll(m_good));
    QVERIFY(bytes != SsTest::readAll(c)); // SOURCE_DATE_EPOCH is honoured, so the check above can fail
    QCOMPARE(SsTest::entries(dir.path()), (QStringList{QStringLiteral("a.ssarc"), QStringLiteral("b.ssarc"),
                                                       QStringLiteral("c.ssarc")}));
}

void TestPackerCli::badSourceExitsTwoAndWritesNothing()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("bad.ssarc"));
    const Result r = runPacker({QStringLiteral("build"), SsTest::fixture(QStringLiteral("bad-source")), QStringLiteral("-o"), output});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    // Every diagnostic, sorted by file and line, then the summary.
    QStringList expected = SsTest::badSourceErrors() + SsTest::badSourceWarnings();
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        const QString fa = a.section(u':', 0, 0), fb = b.section(u':', 0, 0);
        return fa != fb ? fa < fb : a.section(u':', 1, 1).toInt() < b.section(u':', 1, 1).toInt();
    });
    expected.append(QStringLiteral("10 error(s), 1 warning(s); no archive was written"));
    QCOMPARE(QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts), expected);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(SsTest::entries(dir.path()), QStringList());
}

void TestPackerCli::missingTranslationExitsZero()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    QVERIFY(SsTest::copyTree(SsTest::fixture(QStringLiteral("good-source")), source));
    QVERIFY(QFile::remove(source + u'/' + SsTest::kUntranslatedFile));
    const QString output = dir.filePath(QStringLiteral("out.ssarc"));
    const Result r = runPacker({QStringLiteral("build"), source, QStringLiteral("-o"), output});
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), SsTest::kMissingTranslationWarning);
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" ms; 1 warning(s)")), qPrintable(lines.at(1)));
    QCOMPARE(runPacker({QStringLiteral("verify"), output}).exitCode, 0);
}

void TestPackerCli::buildHtmlFolder()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("pages.ssarc"));
    Result r = runPacker({QStringLiteral("build"), QStringLiteral("--html"), SsTest::fixture(QStringLiteral("html-folder")),
                          QStringLiteral("-o"), output, QStringLiteral("--title"), QStringLiteral("My pages"),
                          QStringLiteral("--id"), QStringLiteral("my-pages"), QStringLiteral("--quiet")});
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.err, QByteArray()); // --quiet, and no warnings
    r = runPacker({QStringLiteral("ls"), output});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("index  [page]  Home\n"
                               "about  [page]  About\n"
                               "sub  [folder]  sub\n"
                               "  sub/page  [page]  Sub page\n"));
    r = runPacker({QStringLiteral("info"), output});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("id:             my-pages\n"), r.out.constData());
    QVERIFY2(r.out.contains("title.en:       My pages\n"), r.out.constData());
    r = runPacker({QStringLiteral("cat"), output, QStringLiteral("index")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("<a href=\"/about/index.en.html\">about us</a>"));
    QVERIFY(r.out.contains("<img src=\"/img/logo.svg\" alt=\"Logo\">"));
    r = runPacker({QStringLiteral("cat"), output, QStringLiteral("img/logo.svg")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("rect"));
    QCOMPARE(runPacker({QStringLiteral("verify"), output}).exitCode, 0);
}

void TestPackerCli::verifyGood()
{
    const Result r = runPacker({QStringLiteral("verify"), m_good});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, m_good.toUtf8() + ": ok (11 documents)\n");
    QCOMPARE(r.err, QByteArray());
}

void TestPackerCli::verifyFlippedByte()
{
    // static/images/noise.png does not compress, so its bytes are stored as they are in one place.
    const QByteArray png = SsTest::readAll(SsTest::fixture(QStringLiteral("good-source/static/images/noise.png")));
    QVERIFY(png.size() > 100);
    QByteArray bytes = SsTest::readAll(m_good);
    const qsizetype at = bytes.indexOf(png);
    QVERIFY(at > 0);
    QCOMPARE(bytes.lastIndexOf(png), at);
    bytes[at + png.size() / 2] = char(bytes.at(at + png.size() / 2) ^ 0xFF);
    const QString path = m_dir.filePath(QStringLiteral("flipped.ssarc"));
    QVERIFY(writeAll(path, bytes));
    const Result r = runPacker({QStringLiteral("verify"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, path.toUtf8() + ": images/noise.png: SHA-256 mismatch\n" + path.toUtf8() + ": 1 problem(s)\n");
}

void TestPackerCli::verifyNotAnArchive_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("text-file") << QByteArray("just some text\n")
                               << ArchiveErrorText::message(ArchiveError::NotSqlite).toUtf8();
    QTest::newRow("missing-file") << QByteArray()
                                  << ArchiveErrorText::message(ArchiveError::FileNotFound).toUtf8();
}

void TestPackerCli::verifyNotAnArchive()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, message);
    const QString path = m_dir.filePath(QStringLiteral("not-%1.ssarc").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (!content.isEmpty())
        QVERIFY(writeAll(path, content));
    for (const QString &command : {QStringLiteral("verify"), QStringLiteral("info"), QStringLiteral("ls")}) {
        const Result r = runPacker({command, path});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.startsWith(QByteArray(path.toUtf8() + ": " + message)), r.err.constData());
    }
    QCOMPARE(runPacker({QStringLiteral("cat"), path, QStringLiteral("model-policies")}).exitCode, 3);
}

void TestPackerCli::info()
{
    const Result r = runPacker({QStringLiteral("info"), m_good});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, QByteArray("id:             test-source\n"
                               "version:        0.9.0\n"
                               "format version: 2\n"
                               "created:        2026-01-01\n"
                               "publisher:      Test Publisher\n"
                               "generator:      seoulsolution-archive " SS_VERSION "\n"
                               "languages:      ko, en (default ko)\n"
                               "title.en:       Test Source\n"
                               "title.ko:       시험 자료\n"
                               "nodes:          11\n"
                               "  activity: 1\n"
                               "  city: 1\n"
                               "  folder: 6\n"
                               "  manual: 2\n"
                               "  page: 1\n"));
}

void TestPackerCli::infoJson()
{
    const Result r = runPacker({QStringLiteral("info"), QStringLiteral("--json"), m_good});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("test-source"));
    QCOMPARE(o.value(QStringLiteral("format_version")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("default_language")).toString(), QStringLiteral("ko"));
    QCOMPARE(o.value(QStringLiteral("title")).toObject().value(QStringLiteral("ko")).toString(), QStringLiteral("시험 자료"));
    QCOMPARE(o.value(QStringLiteral("nodes")).toObject().value(QStringLiteral("folder")).toInt(), 6);
}

void TestPackerCli::ls()
{
    Result r = runPacker({QStringLiteral("ls"), m_good});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("model-policies  [folder]  서울 우수정책\n"
                               "  model-policies/transportation  [folder]  교통\n"
                               "    model-policies/transportation/t-money  [manual]  티머니 교통카드\n"
                               "    model-policies/transportation/bus-reform  [manual]  대중교통 체계 개편\n"
                               "sharing-activities  [folder]  정책공유 활동\n"
                               "  sharing-activities/tokyo-bus-exchange  [activity]  도쿄 버스 교류\n"
                               "overseas-cities  [folder]  해외도시\n"
                               "  overseas-cities/asia  [folder]  asia\n"
                               "    overseas-cities/asia/tokyo  [city]  도쿄\n"
                               "cooperation  [folder]  민관협력\n"
                               "  cooperation/hostile  [page]  위험한 페이지\n"));
    r = runPacker({QStringLiteral("ls"), QStringLiteral("--lang"), QStringLiteral("en"), m_good});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("model-policies  [folder]  Model Policies\n"));
    QVERIFY(r.out.contains("    model-policies/transportation/bus-reform  [manual]  Bus Reform\n"));
}

void TestPackerCli::lsFiles()
{
    const Result r = runPacker({QStringLiteral("ls"), QStringLiteral("--files"), m_good});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    // 22 pages (11 documents in 2 languages), the SVG beside bus-reform and the static PNG.
    QCOMPARE(lines.size(), 24);
    QVERIFY(lines.contains(QStringLiteral("images/noise.png\timage/png")));
    QVERIFY(lines.contains(QStringLiteral("model-policies/transportation/bus-reform/figure.svg\timage/svg+xml")));
    QVERIFY(lines.contains(QStringLiteral("cooperation/hostile/index.en.html\ttext/html")));
    QStringList sorted = lines;
    sorted.sort();
    QCOMPARE(lines, sorted);
}

void TestPackerCli::catPage()
{
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    const Result r = runPacker({QStringLiteral("cat"), m_good, QStringLiteral("model-policies/transportation/bus-reform"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, reader.readFile(QStringLiteral("model-policies/transportation/bus-reform/index.en.html")).value_or("<nullopt>"));
    QVERIFY(r.out.contains("<title>Bus Reform</title>"));
    // The default language without --lang.
    const Result ko = runPacker({QStringLiteral("cat"), m_good, QStringLiteral("model-policies/transportation/bus-reform")});
    QCOMPARE(ko.exitCode, 0);
    QVERIFY(ko.out.contains("<title>대중교통 체계 개편</title>"));
}

void TestPackerCli::catText()
{
    const Result r = runPacker({QStringLiteral("cat"), QStringLiteral("--text"), m_good,
                                QStringLiteral("overseas-cities/asia/tokyo"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("Tokyo is the capital of Japan.\n"));
}

void TestPackerCli::catFile()
{
    const Result r = runPacker({QStringLiteral("cat"), m_good, QStringLiteral("images/noise.png")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out == SsTest::readAll(SsTest::fixture(QStringLiteral("good-source/static/images/noise.png"))));
}

void TestPackerCli::catLanguageFallback()
{
    const Result r = runPacker({QStringLiteral("cat"), m_good, QStringLiteral("overseas-cities/asia/tokyo"),
                                QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray("overseas-cities/asia/tokyo: no 'fr' version; showing 'ko'\n"));
    QVERIFY(r.out.contains("<title>도쿄</title>"));
}

void TestPackerCli::catUnknownId()
{
    const Result r = runPacker({QStringLiteral("cat"), m_good, QStringLiteral("no/such/doc")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray("no/such/doc: no such document or file\n"));
}

QTEST_GUILESS_MAIN(TestPackerCli)
#include "tst_packercli.moc"
