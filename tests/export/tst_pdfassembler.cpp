// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// PdfAssembler on its own, with small PDFs that Qt's own PDF writer makes (no WebEngine): page
// order, page labels, outline, metadata and /Lang, links between archive pages, the overlay,
// and its errors (a broken part, an overlay of the wrong length, cancel).
#include <export/pdfassembler.h>

#include "exporttestutil.h"
#include "pdflinks.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>

using namespace Ss::Export;

namespace {

//! A PDF with one page per entry of \a pages (HTML; links become link annotations).
QByteArray makePdf(const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument doc;
        QString html;
        for (qsizetype i = 0; i < pages.size(); ++i)
            html += QStringLiteral("<div%1>%2</div>")
                        .arg(i + 1 < pages.size() ? QStringLiteral(" style=\"page-break-after: always\"") : QString(),
                             pages.at(i));
        doc.setHtml(html);
        doc.print(&writer);
    }
    return bytes;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

using ExportTest::Link;
using ExportTest::links;

} // namespace

class TestPdfAssembler : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    AssemblyPlan plan()
    {
        AssemblyPlan p;
        p.parts = {makePdf({QStringLiteral("COVER"),
                            QStringLiteral("CONTENTS <a href=\"ss://archive/a/index.ko.html\">to A</a> "
                                           "<a href=\"ss://archive/b/index.en.html\">to B</a> "
                                           "<a href=\"ss://archive/elsewhere/index.ko.html\">outside</a> "
                                           "<a href=\"https://example.org/\">web</a>")}),
                   makePdf({QStringLiteral("ALPHA one"), QStringLiteral("ALPHA two"), QStringLiteral("ALPHA three")}),
                   makePdf({QStringLiteral("BETA one")})};
        p.frontPartCount = 1;
        p.outline = {{QStringLiteral("알파 문서"), 1, {}, {{QStringLiteral("배경"), 1, QStringLiteral("sec-1"), {}}}},
                     {QStringLiteral("Beta"), 2, {}, {}}};
        p.links.insert(QStringLiteral("a/index.ko.html"), {1, {}});
        p.links.insert(QStringLiteral("b/index.en.html"), {2, {}});
        p.metadata.title = QStringLiteral("패킷 제목");
        p.metadata.author = QStringLiteral("서울특별시");
        p.metadata.language = QStringLiteral("ko");
        p.metadata.created = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);
        return p;
    }

private Q_SLOTS:
    void inspectCountsPages()
    {
        const auto info = PdfAssembler::inspect(makePdf({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(info);
        QCOMPARE(info->pageCount, 2);
        QString error;
        QVERIFY(!PdfAssembler::inspect("not a pdf", &error));
        QVERIFY(!error.isEmpty());
    }

    void mergesWithLabelsOutlineAndMetadata()
    {
        QString error;
        const auto pdf = PdfAssembler::assemble(plan(), &error);
        QVERIFY2(pdf, qPrintable(error));
        const QString path = write(m_dir, QStringLiteral("merged.pdf"), *pdf);
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 6);
        const QStringList expected{QStringLiteral("COVER"),       QStringLiteral("CONTENTS"),
                                   QStringLiteral("ALPHA one"),   QStringLiteral("ALPHA two"),
                                   QStringLiteral("ALPHA three"), QStringLiteral("BETA one")};
        for (int p = 0; p < 6; ++p)
            QVERIFY2(doc.getAllText(p).text().contains(expected.at(p)), qPrintable(doc.getAllText(p).text()));
        QCOMPARE(doc.pageLabel(0), QStringLiteral("i"));
        QCOMPARE(doc.pageLabel(1), QStringLiteral("ii"));
        QCOMPARE(doc.pageLabel(2), QStringLiteral("1"));
        QCOMPARE(doc.pageLabel(5), QStringLiteral("4"));

        QPdfBookmarkModel model;
        model.setDocument(&doc);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex alpha = model.index(0, 0);
        QCOMPARE(alpha.data(int(QPdfBookmarkModel::Role::Title)).toString(), QStringLiteral("알파 문서"));
        QCOMPARE(alpha.data(int(QPdfBookmarkModel::Role::Page)).toInt(), 2);
        QCOMPARE(model.rowCount(alpha), 1);
        // An anchor the part does not have goes to the part's first page.
        QCOMPARE(model.index(0, 0, alpha).data(int(QPdfBookmarkModel::Role::Page)).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(int(QPdfBookmarkModel::Role::Title)).toString(), QStringLiteral("Beta"));
        QCOMPARE(model.index(1, 0).data(int(QPdfBookmarkModel::Role::Page)).toInt(), 5);

        QCOMPARE(doc.metaData(QPdfDocument::MetaDataField::Title).toString(), QStringLiteral("패킷 제목"));
        QCOMPARE(doc.metaData(QPdfDocument::MetaDataField::Author).toString(), QStringLiteral("서울특별시"));
        QCOMPARE(doc.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime().toUTC(),
                 QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC));
        QPDF q;
        q.processFile(QFile::encodeName(path).constData());
        QCOMPARE(QString::fromStdString(q.getRoot().getKey("/Lang").getUTF8Value()), QStringLiteral("ko"));
        QCOMPARE(QString::fromStdString(q.getRoot().getKey("/PageMode").getName()), QStringLiteral("/UseOutlines"));
    }

    void linksBetweenArchivePages()
    {
        const auto pdf = PdfAssembler::assemble(plan());
        QVERIFY(pdf);
        const QString path = write(m_dir, QStringLiteral("links.pdf"), *pdf);
        const QList<Link> found = links(path, 1);
        QList<int> internal;
        QStringList external;
        for (const Link &l : found) {
            if (l.page >= 0)
                internal.append(l.page);
            else
                external.append(l.uri);
        }
        QCOMPARE(internal, QList<int>({2, 5}));                                  // to A and to B
        QCOMPARE(external, QStringList{QStringLiteral("https://example.org/")}); // kept; "outside" removed
    }

    void stampsTheOverlay()
    {
        AssemblyPlan p = plan();
        p.overlays = {makePdf({QStringLiteral("STAMP-1"), QStringLiteral("STAMP-2")}),
                      makePdf({QStringLiteral("STAMP-3"), QStringLiteral("STAMP-4"), QStringLiteral("STAMP-5"),
                               QStringLiteral("STAMP-6")})};
        QString error;
        const auto pdf = PdfAssembler::assemble(p, &error);
        QVERIFY2(pdf, qPrintable(error));
        const QString path = write(m_dir, QStringLiteral("stamped.pdf"), *pdf);
        for (int page = 1; page <= 6; ++page) {
            const QString text = ExportTest::pdfText(path, page);
            QVERIFY2(text.contains(QStringLiteral("STAMP-%1").arg(page)), qPrintable(text));
            QCOMPARE(text.count(QStringLiteral("STAMP")), 1);
        }
        QVERIFY(ExportTest::pdfText(path, 3).contains(QStringLiteral("ALPHA one")));

        p.overlays = {makePdf({QStringLiteral("only one")})};
        QVERIFY(!PdfAssembler::assemble(p, &error));
        QVERIFY2(error.contains(QStringLiteral("overlay")), qPrintable(error));
    }

    void errors()
    {
        AssemblyPlan p = plan();
        p.parts.append("%PDF-1.4 this is not a PDF");
        QString error;
        QVERIFY(!PdfAssembler::assemble(p, &error));
        QVERIFY(!error.isEmpty());

        std::atomic_bool cancelled{true};
        error.clear();
        QVERIFY(!PdfAssembler::assemble(plan(), &error, &cancelled));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestPdfAssembler test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pdfassembler.moc"
