// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// W4: path mapping of archive URLs, and the pages the resolver composes, on the bundled archive.
#include <core/archive/archivereader.h>
#include <core/archive/archivewriter.h>
#include <core/viewer/archivesession.h>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Core;

class TestUrlResolver : public QObject
{
    Q_OBJECT
    std::unique_ptr<ArchiveSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<ArchiveSession>(
            QByteArray("<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta http-equiv=\"Content-Security-Policy\" "
                       "content=\"{{csp}}\"><title>{{title}}</title></head><body class=\"{{class}}\">{{main}}{{side}}</body></html>"),
            QHash<QString, QByteArray>{{QStringLiteral("viewer.css"), QByteArray("body{}")}});
        QVERIFY2(m_session->open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_session->errorString()));
    }

    void refusedPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dotdot") << QStringLiteral("/model-policies/../../etc/passwd");
        QTest::newRow("encoded-dotdot") << QStringLiteral("/model-policies/%2e%2e/%2e%2e/etc/passwd");
        QTest::newRow("encoded-slash") << QStringLiteral("/%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        QTest::newRow("nul") << QStringLiteral("/model-policies/index.en.html%00.png");
        QTest::newRow("overlong-utf8") << QStringLiteral("/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("/model-policies\\..\\..\\etc");
        QTest::newRow("empty") << QString();
        QTest::newRow("root") << QStringLiteral("/");
        QTest::newRow("double-slash") << QStringLiteral("//etc/passwd");
        QTest::newRow("dot") << QStringLiteral("/./model-policies/index.en.html");
        QTest::newRow("long") << (QStringLiteral("/") + QString(10000, u'a'));
        QTest::newRow("unknown-doc") << QStringLiteral("/model-policies/no-such-thing/index.en.html");
        QTest::newRow("unknown-file") << QStringLiteral("/nothing.png");
        QTest::newRow("stored-page-outside-template") << QStringLiteral("/_app/../model-policies/index.en.html");
        QTest::newRow("unknown-app-asset") << QStringLiteral("/_app/secret.txt");
    }

    void refusedPaths()
    {
        QFETCH(QString, path);
        const ResolvedUrl r = m_session->resolver()->resolve(path);
        QCOMPARE(r.status, ResolvedUrl::Status::NotFound);
        QVERIFY(r.data.isEmpty());
    }

    void servesExactBytesAndMime()
    {
        const QString name = QStringLiteral("model-policies/transportation/bus-reform/figure.en.svg");
        const auto stored = m_session->reader()->readFile(name);
        QVERIFY(stored.has_value());
        const ResolvedUrl r = m_session->resolver()->resolve(u'/' + name);
        QCOMPARE(r.status, ResolvedUrl::Status::Ok);
        QCOMPARE(r.mime, QByteArray("image/svg+xml"));
        QCOMPARE(r.data, *stored);
        // Percent-encoded once is the same file.
        const ResolvedUrl encoded = m_session->resolver()->resolve(QStringLiteral("/model-policies/transportation/bus-reform/figure%2Een.svg"));
        QCOMPARE(encoded.data, *stored);
    }

    void composesPageWithTemplateAndToc()
    {
        const ResolvedUrl r = m_session->resolver()->resolve(QStringLiteral("/model-policies/transportation/bus-reform/index.en.html"));
        QCOMPARE(r.status, ResolvedUrl::Status::Ok);
        QCOMPARE(r.mime, QByteArray("text/html"));
        const QString page = QString::fromUtf8(r.data);
        // The app's CSP is the first element of <head>.
        QVERIFY(page.indexOf(QStringLiteral("<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")) > 0);
        QVERIFY(page.contains(QStringLiteral("<title>Public Bus System Reform</title>")));
        QVERIFY(page.contains(QStringLiteral("class=\"toc\"")));
        QVERIFY(page.contains(QStringLiteral("href=\"#sec-1\">Background</a>")));
        QVERIFY(page.contains(QStringLiteral("class=\"facts\"")));
        QVERIFY(page.contains(QStringLiteral("class=\"related\"")));
        QVERIFY(!page.contains(QStringLiteral("<script")));
        QCOMPARE(r.node, m_session->reader()->indexOf(QStringLiteral("model-policies/transportation/bus-reform")));
    }

    void cityFactBox()
    {
        const ResolvedUrl r = m_session->resolver()->resolve(QStringLiteral("/overseas-cities/asia/tokyo/index.en.html"));
        QCOMPARE(r.status, ResolvedUrl::Status::Ok);
        const QString page = QString::fromUtf8(r.data);
        QVERIFY(page.contains(QStringLiteral("<th>Relation with Seoul</th><td>Sister city since 1988</td>")));
        QVERIFY(page.contains(QStringLiteral("<th>Country</th><td>Japan</td>")));
    }

    void missingLanguageShowsBanner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one-language.ssarc"));
        ArchiveWriter writer(path);
        ArchiveMetadata meta;
        meta.id = QStringLiteral("banner");
        meta.version = QStringLiteral("1");
        meta.languages = {QStringLiteral("ko"), QStringLiteral("en")};
        meta.defaultLanguage = QStringLiteral("ko");
        meta.titles.insert(QStringLiteral("ko"), QStringLiteral("배너"));
        QVERIFY(writer.open(meta, 0));
        ArchiveDocument doc;
        doc.id = QStringLiteral("cooperation");
        DocumentText ko;
        ko.title = QStringLiteral("한국어만 있는 문서");
        ko.path = QStringLiteral("cooperation/index.ko.html");
        ko.html = "<!DOCTYPE html><html><head></head><body>\n<p>본문</p>\n</body></html>";
        doc.texts.insert(QStringLiteral("ko"), ko);
        QVERIFY(writer.addDocument(doc));
        QVERIFY(writer.commit());
        ArchiveSession session("<html lang=\"{{lang}}\"><head><title>{{title}}</title></head><body>{{main}}</body></html>", {});
        QVERIFY(session.open(path));
        const ResolvedUrl r = session.resolver()->resolve(QStringLiteral("/cooperation/index.en.html"));
        QCOMPARE(r.status, ResolvedUrl::Status::Ok);
        const QString page = QString::fromUtf8(r.data);
        QVERIFY2(page.contains(QStringLiteral("class=\"banner\"")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("<html lang=\"ko\">")));
        QVERIFY(page.contains(QStringLiteral("<p>본문</p>")));
        // With the language it has, no banner.
        QVERIFY(!QString::fromUtf8(session.resolver()->resolve(QStringLiteral("/cooperation/index.ko.html")).data).contains(QStringLiteral("class=\"banner\"")));
    }

    void homePageListsSections()
    {
        const ResolvedUrl r = m_session->resolver()->resolve(QStringLiteral("/index.ko.html"));
        QCOMPARE(r.status, ResolvedUrl::Status::Ok);
        const QString page = QString::fromUtf8(r.data);
        QVERIFY(page.contains(QStringLiteral("<h1>서울솔루션</h1>")));
        for (const char *section : {"model-policies", "sharing-activities", "overseas-cities", "cooperation"})
            QVERIFY(page.contains(QStringLiteral("href=\"/%1/index.ko.html\"").arg(QLatin1String(section))));
    }

    void folderListsChildren()
    {
        const ResolvedUrl r = m_session->resolver()->resolve(QStringLiteral("/model-policies/transportation/index.en.html"));
        QCOMPARE(r.status, ResolvedUrl::Status::Ok);
        const QString page = QString::fromUtf8(r.data);
        QVERIFY(page.contains(QStringLiteral("class=\"children\"")));
        QVERIFY(page.contains(QStringLiteral("/model-policies/transportation/t-money/index.en.html")));
    }
};

QTEST_GUILESS_MAIN(TestUrlResolver)
#include "tst_urlresolver.moc"
