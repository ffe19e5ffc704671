// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// ArchiveBuilder + Diagnostics: what a source folder becomes, reproducible bytes, every source
// error in one run, HTML sanitizing, plain HTML folders, and the self-check of the output (K4).
#include "packerfixtures.h"

#include <archivebuilder.h>
#include <diagnostics.h>

#include <core/archive/archivereader.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Core;
using namespace Ss::Packer;

namespace {

QStringList diagnosticStrings(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics.sorted()) {
        if (d.severity == severity)
            out.append(d.toString());
    }
    return out;
}

QStringList linkStrings(ArchiveReader &reader, int node)
{
    QStringList out;
    for (const NodeLink &link : reader.links(node))
        out.append(reader.nodes().at(link.target).docId + u'|' + link.rel);
    out.sort();
    return out;
}

QStringList childIds(const ArchiveReader &reader, int node)
{
    QStringList out;
    for (int child : node < 0 ? reader.roots() : reader.nodes().at(node).children)
        out.append(reader.nodes().at(child).docId);
    return out;
}

const QByteArray kNoBytes = QByteArrayLiteral("<nullopt>");

} // namespace

class TestArchiveBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodSourceBuildsWithoutDiagnostics();
    void outputPassesSelfCheck();
    void treeOrderAndFields();
    void linksImagesAndText();
    void buildTwiceGivesIdenticalBytes();
    void bundledSourceIsReproducible();
    void everyErrorReportedInOneRun();
    void missingTranslationIsOnlyAWarning();
    void htmlIsSanitized_data();
    void htmlIsSanitized();
    void pageTemplate();
    void htmlFolder();

private:
    bool build(const QString &source, const QString &output, qint64 mtime, Diagnostics *diagnostics,
               bool isHtmlFolder = false, QString *error = nullptr)
    {
        BuildOptions options;
        options.source = source;
        options.output = output;
        options.mtime = mtime;
        options.isHtmlFolder = isHtmlFolder;
        ArchiveBuilder builder(options, diagnostics);
        const bool ok = builder.build();
        m_lastCount = builder.documentCount();
        if (error)
            *error = builder.errorString();
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_good; // good-source, built once with kSourceEpoch
    int m_lastCount = 0;
};

void TestArchiveBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(SsTest::fixture(QStringLiteral("good-source/archive.yaml"))).isFile());
    m_good = m_dir.filePath(QStringLiteral("good.ssarc"));
    Diagnostics diagnostics;
    QString error;
    QVERIFY2(build(SsTest::fixture(QStringLiteral("good-source")), m_good, SsTest::kSourceEpoch, &diagnostics, false, &error),
             qPrintable(error + diagnosticStrings(diagnostics, Diagnostic::Severity::Error).join(u'\n')));
}

void TestArchiveBuilder::goodSourceBuildsWithoutDiagnostics()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("out.ssarc"));
    Diagnostics diagnostics;
    QString error;
    QVERIFY(build(SsTest::fixture(QStringLiteral("good-source")), output, SsTest::kSourceEpoch, &diagnostics, false, &error));
    QCOMPARE(error, QString());
    QCOMPARE(m_lastCount, 11);
    QCOMPARE(diagnostics.errorCount(), 0);
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Warning), QStringList());
    QCOMPARE(SsTest::entries(dir.path()), QStringList{QStringLiteral("out.ssarc")}); // no .partial left
}

void TestArchiveBuilder::outputPassesSelfCheck()
{
    // K4: what the packer writes opens in the app's reader and passes the full verify().
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    QCOMPARE(reader.verify(), QStringList());
    const ArchiveMetadata &m = reader.metadata();
    QCOMPARE(m.id, QStringLiteral("test-source"));
    QCOMPARE(m.version, QStringLiteral("0.9.0"));
    QCOMPARE(m.created, QStringLiteral("2026-01-01")); // from the build's epoch: archive.yaml has none
    QCOMPARE(m.publisher, QStringLiteral("Test Publisher"));
    QCOMPARE(m.generator, QStringLiteral("seoulsolution-archive " SS_VERSION));
    QCOMPARE(m.languages, (QStringList{QStringLiteral("ko"), QStringLiteral("en")}));
    QCOMPARE(m.defaultLanguage, QStringLiteral("ko"));
    QCOMPARE(m.titles.value(QStringLiteral("ko")), QStringLiteral("시험 자료"));
    QCOMPARE(m.titles.value(QStringLiteral("en")), QStringLiteral("Test Source"));
    QCOMPARE(m.descriptions.value(QStringLiteral("en")), QStringLiteral("A source for tests."));
}

void TestArchiveBuilder::treeOrderAndFields()
{
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    QCOMPARE(reader.nodes().size(), 11);
    // Sections in their fixed order, whatever their titles or weights.
    QCOMPARE(childIds(reader, -1), (QStringList{QStringLiteral("model-policies"), QStringLiteral("sharing-activities"),
                                                QStringLiteral("overseas-cities"), QStringLiteral("cooperation")}));
    // Siblings by weight (t-money has weight 1, bus-reform 2).
    const int transport = reader.indexOf(QStringLiteral("model-policies/transportation"));
    QCOMPARE(childIds(reader, transport), (QStringList{QStringLiteral("model-policies/transportation/t-money"),
                                                       QStringLiteral("model-policies/transportation/bus-reform")}));
    // A folder without a landing page becomes a node titled by its name.
    const int asia = reader.indexOf(QStringLiteral("overseas-cities/asia"));
    QVERIFY(asia >= 0);
    QCOMPARE(reader.nodes().at(asia).isFolder, true);
    QCOMPARE(reader.nodes().at(asia).title(QStringLiteral("en"), QStringLiteral("ko")), QStringLiteral("asia"));
    QCOMPARE(childIds(reader, asia), QStringList{QStringLiteral("overseas-cities/asia/tokyo")});

    const int bus = reader.indexOf(QStringLiteral("model-policies/transportation/bus-reform"));
    QCOMPARE(reader.nodes().at(bus).kind, QStringLiteral("manual"));
    QCOMPARE(reader.nodes().at(bus).isFolder, false);
    QStringList fields;
    for (const DocumentField &f : reader.fields(bus))
        fields.append(f.name + u'|' + f.lang + u'|' + QString::fromLatin1(f.value.typeName()) + u'|' + f.value.toString());
    QCOMPARE(fields, (QStringList{QStringLiteral("area||QString|transportation"),
                                  QStringLiteral("contact|en|QString|Bus Policy Division"),
                                  QStringLiteral("contact|ko|QString|버스정책과"), QStringLiteral("year||qlonglong|2004")}));
    const int tokyo = reader.indexOf(QStringLiteral("overseas-cities/asia/tokyo"));
    QCOMPARE(reader.nodes().at(tokyo).kind, QStringLiteral("city"));
    QStringList cityFields;
    for (const DocumentField &f : reader.fields(tokyo))
        cityFields.append(f.name + u'|' + f.lang + u'|' + QString::fromLatin1(f.value.typeName()) + u'|' + f.value.toString());
    QCOMPARE(cityFields, (QStringList{QStringLiteral("country|en|QString|Japan"), QStringLiteral("country|ko|QString|일본"),
                                      QStringLiteral("lat||double|35.6895"), QStringLiteral("lon||double|139.6917"),
                                      QStringLiteral("population||qlonglong|13960000"),
                                      QStringLiteral("region||QString|asia"), QStringLiteral("relation||QString|sister"),
                                      QStringLiteral("since||qlonglong|1988")}));

    const NodeText ko = reader.nodes().at(bus).texts.value(QStringLiteral("ko"));
    QCOMPARE(ko.title, QStringLiteral("대중교통 체계 개편"));
    QCOMPARE(ko.summary, QStringLiteral("2004년 서울 버스 개편"));
    QCOMPARE(ko.date, QStringLiteral("2026-09-20"));
    QCOMPARE(ko.path, QStringLiteral("model-policies/transportation/bus-reform/index.ko.html"));
    QCOMPARE(reader.tags(bus, QStringLiteral("ko")), (QStringList{QStringLiteral("교통"), QStringLiteral("버스")}));
    QCOMPARE(reader.tags(bus, QStringLiteral("en")), (QStringList{QStringLiteral("bus"), QStringLiteral("transport")}));
    const QList<DocumentHeading> headings = reader.headings(bus, QStringLiteral("ko"));
    QCOMPARE(headings.size(), 2);
    QCOMPARE(headings.at(0).anchor, QStringLiteral("sec-1"));
    QCOMPARE(headings.at(0).text, QStringLiteral("배경"));
    QCOMPARE(headings.at(1).anchor, QStringLiteral("sec-2"));
    QCOMPARE(headings.at(1).text, QStringLiteral("성과"));
}

void TestArchiveBuilder::linksImagesAndText()
{
    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    const int bus = reader.indexOf(QStringLiteral("model-policies/transportation/bus-reform"));
    const int activity = reader.indexOf(QStringLiteral("sharing-activities/tokyo-bus-exchange"));
    QCOMPARE(linkStrings(reader, bus), (QStringList{QStringLiteral("model-policies/transportation/t-money|link"),
                                                    QStringLiteral("overseas-cities/asia/tokyo|link"),
                                                    QStringLiteral("overseas-cities/asia/tokyo|related")}));
    // activity.city and activity.manuals are document references too.
    QCOMPARE(linkStrings(reader, activity), (QStringList{QStringLiteral("model-policies/transportation/bus-reform|related"),
                                                         QStringLiteral("overseas-cities/asia/tokyo|related")}));

    // Relative links and images are rewritten to archive paths, in the page's language.
    const QByteArray ko = reader.readFile(QStringLiteral("model-policies/transportation/bus-reform/index.ko.html")).value_or(kNoBytes);
    QVERIFY(ko.contains("<a href=\"/model-policies/transportation/t-money/index.ko.html\">티머니</a>"));
    QVERIFY(ko.contains("<img src=\"/model-policies/transportation/bus-reform/figure.svg\" alt=\"버스 노선도\">"));
    QVERIFY(ko.contains("<img src=\"/images/noise.png\" alt=\"잡음\">"));
    QVERIFY(ko.contains("<a href=\"/overseas-cities/asia/tokyo/index.ko.html\">도쿄</a>"));
    QVERIFY(ko.contains("<h2 id=\"sec-1\">배경</h2>"));
    const QByteArray en = reader.readFile(QStringLiteral("model-policies/transportation/bus-reform/index.en.html")).value_or(kNoBytes);
    QVERIFY(en.contains("<a href=\"/model-policies/transportation/t-money/index.en.html#cards\">T-money</a>"));

    // Files beside a document and under static/ are packed byte for byte (SVG after sanitizing).
    QCOMPARE(reader.readFile(QStringLiteral("images/noise.png")).value_or(kNoBytes),
             SsTest::readAll(SsTest::fixture(QStringLiteral("good-source/static/images/noise.png"))));
    QCOMPARE(reader.mimeType(QStringLiteral("images/noise.png")), QStringLiteral("image/png"));
    const QByteArray svg = reader.readFile(QStringLiteral("model-policies/transportation/bus-reform/figure.svg")).value_or(kNoBytes);
    QVERIFY(svg.contains("rect"));
    QCOMPARE(reader.mimeType(QStringLiteral("model-policies/transportation/bus-reform/figure.svg")), QStringLiteral("image/svg+xml"));

    QCOMPARE(reader.plainText(bus, QStringLiteral("en")).value_or(QStringLiteral("<nullopt>")),
             QStringLiteral("Background\nThe reform changed Seoul's transport policy, together with T-money.\nBus routes \n"
                            "Results\nCompare with Tokyo."));
}

void TestArchiveBuilder::buildTwiceGivesIdenticalBytes()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.ssarc"));
    const QString b = dir.filePath(QStringLiteral("b.ssarc"));
    const QString c = dir.filePath(QStringLiteral("c.ssarc"));
    Diagnostics da, db, dc;
    QVERIFY(build(SsTest::fixture(QStringLiteral("good-source")), a, SsTest::kSourceEpoch, &da));
    QVERIFY(build(SsTest::fixture(QStringLiteral("good-source")), b, SsTest::kSourceEpoch, &db));
    QVERIFY(build(SsTest::fixture(QStringLiteral("good-source")), c, SsTest::kSourceEpoch + 86400, &dc));
    const QByteArray bytes = SsTest::readAll(a);
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes == SsTest::readAll(b));
    QVERIFY(bytes == SsTest::readAll(m_good));
    // The epoch is stored (mtimes, created), so another epoch gives other bytes: the check above can fail.
    QVERIFY(bytes != SsTest::readAll(c));
}

void TestArchiveBuilder::bundledSourceIsReproducible()
{
    QTemporaryDir dir;
    const QString source = QStringLiteral(SS_SOURCE_DIR "/resources/archive");
    const QString a = dir.filePath(QStringLiteral("a.ssarc"));
    const QString b = dir.filePath(QStringLiteral("b.ssarc"));
    Diagnostics da, db;
    QVERIFY(build(source, a, SsTest::kBundledEpoch, &da));
    QVERIFY(build(source, b, SsTest::kBundledEpoch, &db));
    QCOMPARE(da.errorCount(), 0);
    const QByteArray bytes = SsTest::readAll(a);
    QVERIFY(bytes.size() > 100000);
    QVERIFY(bytes == SsTest::readAll(b));
    // The library gives the same bytes as the command line that the build system ran.
    QVERIFY(bytes == SsTest::readAll(QStringLiteral(SS_BUNDLED_ARCHIVE)));
}

void TestArchiveBuilder::everyErrorReportedInOneRun()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("bad.ssarc"));
    Diagnostics diagnostics;
    QVERIFY(!build(SsTest::fixture(QStringLiteral("bad-source")), output, SsTest::kSourceEpoch, &diagnostics));
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Error), SsTest::badSourceErrors());
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Warning), SsTest::badSourceWarnings());
    QCOMPARE(diagnostics.errorCount(), 10);
    QVERIFY(diagnostics.hasErrors());
    QCOMPARE(SsTest::entries(dir.path()), QStringList()); // no archive, no partial file
}

void TestArchiveBuilder::missingTranslationIsOnlyAWarning()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    QVERIFY(SsTest::copyTree(SsTest::fixture(QStringLiteral("good-source")), source));
    QVERIFY(QFile::remove(source + u'/' + SsTest::kUntranslatedFile));
    const QString output = dir.filePath(QStringLiteral("out.ssarc"));
    Diagnostics diagnostics;
    QVERIFY(build(source, output, SsTest::kSourceEpoch, &diagnostics));
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Error), QStringList());
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Warning), QStringList{SsTest::kMissingTranslationWarning});
    ArchiveReader reader;
    QVERIFY2(reader.open(output), qPrintable(reader.errorString()));
    const ArchiveNode &tokyo = reader.nodes().at(reader.indexOf(QStringLiteral("overseas-cities/asia/tokyo")));
    QCOMPARE(tokyo.texts.keys(), QStringList{QStringLiteral("ko")});
    QCOMPARE(tokyo.title(QStringLiteral("en"), QStringLiteral("ko")), QStringLiteral("도쿄"));
    // Links to it from English pages go to the language it has.
    const QByteArray en = reader.readFile(QStringLiteral("model-policies/transportation/bus-reform/index.en.html")).value_or(kNoBytes);
    QVERIFY(en.contains("<a href=\"/overseas-cities/asia/tokyo/index.ko.html\">Tokyo</a>"));
    QCOMPARE(reader.verify(), QStringList());
}

void TestArchiveBuilder::htmlIsSanitized_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Hostile page");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("위험한 페이지");
}

void TestArchiveBuilder::htmlIsSanitized()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    // The source really is hostile: the markers are there before packing.
    const QByteArray source = SsTest::readAll(SsTest::fixture(QStringLiteral("good-source/content/cooperation/hostile.%1.html").arg(lang))).toLower();
    for (const QByteArray &marker : SsTest::hostileMarkers())
        QVERIFY2(source.contains(marker), marker.constData());

    ArchiveReader reader;
    QVERIFY2(reader.open(m_good), qPrintable(reader.errorString()));
    const int node = reader.indexOf(QStringLiteral("cooperation/hostile"));
    QVERIFY(node >= 0);
    QCOMPARE(reader.nodes().at(node).texts.value(lang).title, title); // from <title>
    const QByteArray page = reader.readFile(QStringLiteral("cooperation/hostile/index.%1.html").arg(lang)).value_or(kNoBytes);
    const QByteArray lower = page.toLower();
    for (const QByteArray &marker : SsTest::hostileMarkers())
        QVERIFY2(!lower.contains(marker), marker.constData());
    // <head> opens with the packer's policy, and it is the only one.
    const QByteArray head = "<!DOCTYPE html>\n<html lang=\"" + lang.toUtf8() + "\"><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                            + ArchiveBuilder::contentSecurityPolicy() + "\">";
    QVERIFY2(page.startsWith(head), page.left(300).constData());
    QCOMPARE(page.count("Content-Security-Policy"), 1);
    QCOMPARE(page.count("<meta"), 2); // the policy and the charset
    QCOMPARE(page.count("<head>"), 1);
    // What is safe stays.
    QVERIFY(page.contains("<p>Click here</p>"));
    QVERIFY(page.contains("<p>Safe text stays.</p>"));
    QVERIFY(page.contains("<a>first link</a>"));
    QVERIFY(page.contains("<a href=\"https://example.org/\">external</a>"));
    QVERIFY(page.contains("<img src=\"/images/noise.png\" alt=\"noise\">"));
}

void TestArchiveBuilder::pageTemplate()
{
    const QByteArray csp = ArchiveBuilder::contentSecurityPolicy();
    QVERIFY(csp.startsWith("default-src 'none';"));
    QVERIFY(csp.contains("script-src 'none'"));
    QVERIFY(csp.contains("base-uri 'none'"));
    const QByteArray page = ArchiveBuilder::page(QStringLiteral("en"), QStringLiteral("<b>A & B</b>"), "<p>x</p>");
    QCOMPARE(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta http-equiv=\"Content-Security-Policy\" content=\"" + csp
                       + "\"><meta charset=\"utf-8\"><title>&lt;b&gt;A &amp; B&lt;/b&gt;</title></head>\n<body>\n<p>x</p>\n"
                         "</body></html>\n");
}

void TestArchiveBuilder::htmlFolder()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("html.ssarc"));
    Diagnostics diagnostics;
    QString error;
    QVERIFY2(build(SsTest::fixture(QStringLiteral("html-folder")), output, SsTest::kSourceEpoch, &diagnostics, true, &error),
             qPrintable(error));
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Error), QStringList());
    QCOMPARE(diagnosticStrings(diagnostics, Diagnostic::Severity::Warning), QStringList());
    QCOMPARE(m_lastCount, 4);

    ArchiveReader reader;
    QVERIFY2(reader.open(output), qPrintable(reader.errorString()));
    QCOMPARE(reader.verify(), QStringList());
    QCOMPARE(reader.metadata().id, QStringLiteral("html-folder"));
    QCOMPARE(reader.metadata().titles.value(QStringLiteral("en")), QStringLiteral("html-folder"));
    QCOMPARE(reader.metadata().languages, QStringList{QStringLiteral("en")});
    QCOMPARE(reader.metadata().created, QStringLiteral("2026-01-01"));
    // index first, then by title; a folder becomes a node.
    QCOMPARE(childIds(reader, -1), (QStringList{QStringLiteral("index"), QStringLiteral("about"), QStringLiteral("sub")}));
    QCOMPARE(childIds(reader, reader.indexOf(QStringLiteral("sub"))), QStringList{QStringLiteral("sub/page")});
    auto titleOf = [&](const char *id) {
        return reader.nodes().at(reader.indexOf(QString::fromLatin1(id))).title(QStringLiteral("en"), QStringLiteral("en"));
    };
    QCOMPARE(titleOf("index"), QStringLiteral("Home"));
    QCOMPARE(titleOf("about"), QStringLiteral("About"));
    QCOMPARE(titleOf("sub/page"), QStringLiteral("Sub page"));
    QCOMPARE(reader.nodes().at(reader.indexOf(QStringLiteral("sub"))).isFolder, true);

    // Links between the pages resolve, from the top folder and from a subfolder.
    QCOMPARE(linkStrings(reader, reader.indexOf(QStringLiteral("index"))),
             (QStringList{QStringLiteral("about|link"), QStringLiteral("sub/page|link")}));
    QCOMPARE(linkStrings(reader, reader.indexOf(QStringLiteral("about"))), QStringList{QStringLiteral("index|link")});
    QCOMPARE(linkStrings(reader, reader.indexOf(QStringLiteral("sub/page"))), QStringList{QStringLiteral("about|link")});
    const QByteArray index = reader.readFile(QStringLiteral("index/index.en.html")).value_or(kNoBytes);
    QVERIFY(index.contains("<a href=\"/about/index.en.html\">about us</a>"));
    QVERIFY(index.contains("<a href=\"/sub/page/index.en.html#part\">a sub page</a>"));
    QVERIFY(index.contains("<img src=\"/img/logo.svg\" alt=\"Logo\">"));
    const QList<DocumentHeading> headings = reader.headings(reader.indexOf(QStringLiteral("sub/page")), QStringLiteral("en"));
    QCOMPARE(headings.size(), 1);
    QCOMPARE(headings.at(0).anchor, QStringLiteral("part"));
    QCOMPARE(headings.at(0).text, QStringLiteral("Part two"));

    // The image is packed, sanitized.
    const QByteArray svg = reader.readFile(QStringLiteral("img/logo.svg")).value_or(kNoBytes);
    QVERIFY(svg != kNoBytes);
    QVERIFY(svg.contains("rect"));
    QVERIFY(!svg.contains("script"));
    QCOMPARE(reader.mimeType(QStringLiteral("img/logo.svg")), QStringLiteral("image/svg+xml"));
}

QTEST_GUILESS_MAIN(TestArchiveBuilder)
#include "tst_archivebuilder.moc"
