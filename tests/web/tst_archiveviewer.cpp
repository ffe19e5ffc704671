// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The real viewer (Qt WebEngine, offscreen) on archive pages: loading, not-found, the navigation
// policy (W2), and the canary page W1: a hostile archive page with many ways to reach the network,
// against a loopback server that counts connections.
#include <core/archive/archivewriter.h>
#include <core/viewer/archivesession.h>
#include <web/archiveschemehandler.h>
#include <web/requestinterceptor.h>
#include <web/urlscheme.h>
#include <web/webpage.h>
#include <web/webprofilefactory.h>

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace Ss;

namespace {

const QByteArray kTemplate = "<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta http-equiv=\"Content-Security-Policy\" "
                             "content=\"{{csp}}\"><meta charset=\"utf-8\"><title>{{title}}</title></head>"
                             "<body class=\"{{class}}\">{{main}}{{side}}</body></html>";
const QByteArray kTemplateWithoutCsp = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{title}}</title></head>"
                                       "<body>{{main}}</body></html>";

//! Every way we know for a page to reach http://127.0.0.1:PORT without the user's consent (tests/data/canary.html).
QByteArray canaryBody(quint16 port)
{
    QFile file(QStringLiteral(SS_TEST_DATA_DIR "/canary.html"));
    QByteArray b = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (!b.contains("HOSTPORT"))
        qFatal("cannot read the canary page %s", qPrintable(file.fileName()));
    b.replace("HOSTPORT", QByteArray("127.0.0.1:" + QByteArray::number(port)));
    return b;
}

} // namespace

class TestArchiveViewer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_archive;

    //! A hostile archive written directly (the packer would have removed all of this).
    void writeCanaryArchive(quint16 port)
    {
        m_archive = m_dir.filePath(QStringLiteral("canary-%1.ssarc").arg(port));
        Core::ArchiveWriter writer(m_archive);
        Core::ArchiveMetadata meta;
        meta.id = QStringLiteral("canary");
        meta.version = QStringLiteral("1");
        meta.languages = {QStringLiteral("en")};
        meta.defaultLanguage = QStringLiteral("en");
        meta.titles.insert(QStringLiteral("en"), QStringLiteral("Canary"));
        QVERIFY(writer.open(meta, 0));
        Core::ArchiveDocument section;
        section.id = QStringLiteral("model-policies");
        section.isFolder = true;
        Core::DocumentText text;
        text.title = QStringLiteral("Canary page");
        text.path = QStringLiteral("model-policies/index.en.html");
        text.html = "<!DOCTYPE html><html><head></head><body>\n" + canaryBody(port) + "\n</body></html>";
        text.plainText = QStringLiteral("canary");
        section.texts.insert(QStringLiteral("en"), text);
        QVERIFY(writer.addDocument(section));
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    }

    struct Run
    {
        int hits = 0;
        int blocked = 0;
    };

    //! Loads the canary page in a real view and counts connections to the loopback server.
    //! Which defences are on: the template's CSP, the request interceptor, JavaScript off.
    struct Defences
    {
        bool csp = true;
        bool interceptor = true;
        bool scriptOff = true;
    };

    Run runCanary(Defences defences)
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return {};
        int hits = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++hits;
                s->close();
                s->deleteLater();
            }
        });
        writeCanaryArchive(server.serverPort());
        Core::ArchiveSession session(defences.csp ? kTemplate : kTemplateWithoutCsp, {});
        if (!session.open(m_archive))
            return {};
        auto *handler = new Web::ArchiveSchemeHandler([&] { return session.resolver(); }, [&] { return session.composer(); });
        auto *interceptor = defences.interceptor ? new Web::RequestInterceptor() : nullptr;
        QObject owner;
        handler->setParent(&owner);
        if (interceptor)
            interceptor->setParent(&owner);
        QWebEngineProfile *profile = Web::WebProfileFactory::create(&owner, handler, interceptor);
        if (!defences.scriptOff)
            profile->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
        Run run;
        {
            Web::WebPage page(profile);
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            page.load(Web::archiveUrl(QStringLiteral("/model-policies/index.en.html")));
            loaded.wait(15000);
            QTest::qWait(2500); // let late requests (fonts, media, refresh) happen
            run.hits = hits;
            run.blocked = interceptor ? interceptor->blockedCount() : 0;
        }
        return run;
    }

private Q_SLOTS:
    void w1CanaryZeroEgress()
    {
        const Run run = runCanary({});
        QCOMPARE(run.hits, 0);
    }

    void w1InterceptorAloneBlocks()
    {
        // Without the CSP, the page's own elements ask for the loopback URLs: the interceptor
        // alone must stop every one of them.
        const Run run = runCanary({false, true, true});
        QCOMPARE(run.hits, 0);
        QVERIFY(run.blocked > 0);
    }

    void w1AblationLeaks()
    {
        // Proof that the canary can fail: the same page without CSP and interceptor reaches the
        // server, and more so with script on.
        const Run noDefences = runCanary({false, false, true});
        const Run scriptOn = runCanary({false, false, false});
        qInfo("hits without CSP and interceptor: %d; with script on as well: %d", noDefences.hits, scriptOn.hits);
        QVERIFY2(noDefences.hits > 0, "the canary page did not reach the server with the defences off");
        QVERIFY(scriptOn.hits >= noDefences.hits);
    }

    void w2NavigationPolicy_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("mainFrame");
        QTest::addColumn<int>("decision");
        using D = Web::WebPage::Decision;
        const int link = QWebEnginePage::NavigationTypeLinkClicked;
        const int typed = QWebEnginePage::NavigationTypeTyped;
        const int redirect = QWebEnginePage::NavigationTypeRedirect;
        const int other = QWebEnginePage::NavigationTypeOther;
        QTest::newRow("archive") << QUrl(QStringLiteral("ss://archive/a/index.en.html")) << link << true << int(D::Allow);
        QTest::newRow("archive-other-host") << QUrl(QStringLiteral("ss://evil/a")) << link << true << int(D::Refuse);
        QTest::newRow("https-click") << QUrl(QStringLiteral("https://seoulsolution.kr/")) << link << true << int(D::OpenExternally);
        QTest::newRow("mailto-click") << QUrl(QStringLiteral("mailto:a@b.kr")) << link << true << int(D::OpenExternally);
        QTest::newRow("https-in-frame") << QUrl(QStringLiteral("https://x.kr/")) << link << false << int(D::Refuse);
        QTest::newRow("https-script") << QUrl(QStringLiteral("https://x.kr/")) << other << true << int(D::Refuse);
        QTest::newRow("https-redirect") << QUrl(QStringLiteral("https://x.kr/")) << redirect << true << int(D::Refuse);
        QTest::newRow("https-typed") << QUrl(QStringLiteral("https://x.kr/")) << typed << true << int(D::Refuse);
        QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << link << true << int(D::Refuse);
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << link << true << int(D::Refuse);
        QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,hi")) << link << true << int(D::Refuse);
        QTest::newRow("qrc") << QUrl(QStringLiteral("qrc:/web/page.html")) << link << true << int(D::Refuse);
        QTest::newRow("unknown") << QUrl(QStringLiteral("zim://x/y")) << link << true << int(D::Refuse);
    }

    void w2NavigationPolicy()
    {
        QFETCH(QUrl, url);
        QFETCH(int, type);
        QFETCH(bool, mainFrame);
        QFETCH(int, decision);
        QCOMPARE(int(Web::WebPage::decide(url, QWebEnginePage::NavigationType(type), mainFrame)), decision);
    }

    void loadsDocumentAndNotFound()
    {
        Core::ArchiveSession session(kTemplate, {});
        QVERIFY2(session.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(session.errorString()));
        QObject owner;
        auto *handler = new Web::ArchiveSchemeHandler([&] { return session.resolver(); }, [&] { return session.composer(); }, &owner);
        auto *interceptor = new Web::RequestInterceptor(&owner);
        QWebEngineProfile *profile = Web::WebProfileFactory::create(&owner, handler, interceptor);
        Web::WebPage page(profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(Web::archiveUrl(QStringLiteral("/model-policies/transportation/bus-reform/index.ko.html")));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.last().first().toBool(), true);
        QCOMPARE(page.title(), QStringLiteral("대중교통 체계 개편"));
        page.load(Web::archiveUrl(QStringLiteral("/model-policies/no-such-document/index.en.html")));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(page.title(), QStringLiteral("Document not found"));
        // A top-level file: URL is refused by the navigation policy; the page stays.
        const int refused = page.refusedCount();
        page.load(QUrl(QStringLiteral("file:///etc/hostname")));
        QTest::qWait(500);
        QVERIFY(page.refusedCount() > refused || interceptor->blockedCount() > 0);
        QCOMPARE(page.title(), QStringLiteral("Document not found"));
    }
};

int main(int argc, char *argv[])
{
    // Chromium's own Private Network Access rules keep pages of a custom scheme from reaching
    // loopback, which is where the counting server must live; turn them off so that the test
    // measures our defences (interceptor, CSP, JavaScript off, navigation policy) and nothing else.
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
            "--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,"
            "PrivateNetworkAccessRespectPreflightResults");
    Ss::Web::registerUrlSchemes();
    QApplication app(argc, argv);
    TestArchiveViewer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_archiveviewer.moc"
