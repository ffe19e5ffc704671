// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// PacketHtml: the cover, contents, side-by-side and overlay pages are built on the viewer's
// template, keep its CSP, escape what users type, and keep the two columns' anchors apart.
#include <core/viewer/pagecomposer.h>
#include <export/packethtml.h>

#include <QTest>

using namespace Ss::Export;

namespace {
const QByteArray kTemplate =
    "<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta http-equiv=\"Content-Security-Policy\" "
    "content=\"{{csp}}\"><meta charset=\"utf-8\"><title>{{title}}</title><style>viewer</style></head>"
    "<body class=\"{{class}}\"><main>{{main}}</main><div class=\"side\">{{side}}</div></body></html>";
}

class TestPacketHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templateGetsTheExportStylesheetLast()
    {
        const QByteArray t = PacketHtml::documentTemplate(kTemplate, "body{color:red}");
        QVERIFY(t.indexOf("<style>viewer</style>") < t.indexOf("<style>body{color:red}</style>"));
        QVERIFY(t.indexOf("<style>body{color:red}</style>") < t.indexOf("</head>"));
    }

    void frontMatterEscapesAndKeepsTheCsp()
    {
        CoverInfo cover;
        cover.lang = QStringLiteral("ko");
        cover.title = QStringLiteral("<script>alert(1)</script> 연수 %1");
        cover.organisation = QStringLiteral("A & B");
        cover.archiveTitle = QStringLiteral("서울솔루션");
        cover.archiveVersion = QStringLiteral("1.0.0");
        cover.documentCount = 2;
        QList<TocLine> toc{{TocLine::Kind::Document, QStringLiteral("대중교통 <b>"), QStringLiteral("ko"),
                            QStringLiteral("ss://archive/a/index.ko.html"), QStringLiteral("1"), false},
                           {TocLine::Kind::Part, QStringLiteral("배경"), QStringLiteral("ko"),
                            QStringLiteral("ss://archive/a/index.ko.html#sec-1"), QStringLiteral("2"), false}};
        const QString html =
            QString::fromUtf8(PacketHtml::frontMatter(PacketHtml::documentTemplate(kTemplate, {}), cover, toc));
        QVERIFY(html.contains(QString::fromLatin1(Ss::Core::PageComposer::contentSecurityPolicy())));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; 연수 %1")));
        QVERIFY(html.contains(QStringLiteral("A &amp; B")));
        QVERIFY(html.contains(QStringLiteral("대중교통 &lt;b&gt;")));
        QVERIFY(html.contains(QStringLiteral("href=\"ss://archive/a/index.ko.html#sec-1\"")));
        QVERIFY(html.contains(QStringLiteral("lang=\"ko\"")));
        QVERIFY(!html.contains(QStringLiteral("{{")));
    }

    void sideBySidePrefixesTheSecondColumn()
    {
        const QString ko = QStringLiteral("<h2 id=\"sec-1\">배경</h2><a href=\"#sec-1\">x</a>");
        const QString en = QStringLiteral(
            "<h2 id=\"sec-1\">Background</h2><a href=\"#sec-1\">x</a><a href=\"/other/index.en.html\">y</a>");
        const QString html = QString::fromUtf8(PacketHtml::sideBySide(
            kTemplate, QStringLiteral("T"), QStringLiteral("ko"), ko, QStringLiteral("en"), en, QStringLiteral("en-")));
        QCOMPARE(html.count(QStringLiteral("id=\"sec-1\"")), 1);
        QCOMPARE(html.count(QStringLiteral("id=\"en-sec-1\"")), 1);
        QCOMPARE(html.count(QStringLiteral("href=\"#en-sec-1\"")), 1);
        QVERIFY(html.contains(QStringLiteral("href=\"/other/index.en.html\"")));
        QVERIFY(html.indexOf(QStringLiteral("배경")) < html.indexOf(QStringLiteral("Background")));
    }

    void overlayHasOneSheetPerStamp()
    {
        QList<PageStamp> stamps{
            {QStringLiteral("ko"), {}, {}, {}},
            {QStringLiteral("ko"), QStringLiteral("목차"), QStringLiteral("P & Q"), QStringLiteral("ii")},
            {QStringLiteral("ko"), QStringLiteral("대중교통"), QStringLiteral("P & Q"), QStringLiteral("1")}};
        const QString html = QString::fromUtf8(PacketHtml::overlay(stamps, QSizeF(210, 297)));
        QCOMPARE(html.count(QStringLiteral("<div class=\"sheet\"")), 3);
        QCOMPARE(html.count(QStringLiteral("class=\"head\"")), 2); // not on the cover
        QCOMPARE(html.count(QStringLiteral("class=\"foot\"")), 2);
        QVERIFY(html.contains(QStringLiteral("P &amp; Q")));
        QVERIFY(html.contains(QStringLiteral("background:transparent")));
        QVERIFY(html.contains(QString::fromLatin1(Ss::Core::PageComposer::contentSecurityPolicy())));
    }
};

QTEST_GUILESS_MAIN(TestPacketHtml)
#include "tst_packethtml.moc"
