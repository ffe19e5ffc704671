// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// PacketExporter end to end on the bundled archive, with the real Qt WebEngine (offscreen):
// the PDFs are read back with QtPdf (pages, outline, labels, metadata, text), pdftotext and qpdf
// (the table of contents' links).
#include <core/archive/archivereader.h>
#include <web/urlscheme.h>
#include <export/headlessexport.h>
#include <export/packetexporter.h>

#include "exporttestutil.h"
#include "pdflinks.h"

#include <QApplication>
#include <QDir>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>

using namespace Ss;

namespace {

const QString kBusReform = QStringLiteral("model-policies/transportation/bus-reform");
const QString kTMoney = QStringLiteral("model-policies/transportation/t-money");
const QString kTokyo = QStringLiteral("overseas-cities/asia/tokyo");
// The opening sentence of the Korean manual on the bus reform, and of its English version.
const QString kKoreanSentence = QStringLiteral("2004년 7월 1일, 서울의 버스는 하룻밤 사이에 완전히 달라졌습니다.");
const QString kEnglishSentence =
    QStringLiteral("On 1 July 2004 Seoul switched its entire bus network to a new system overnight.");

struct Bookmark
{
    QString title;
    int level = 0;
    int page = 0;
};

//! The outline, depth first, as QtPdf reads it.
QList<Bookmark> outline(QPdfDocument *doc)
{
    QPdfBookmarkModel model;
    model.setDocument(doc);
    QList<Bookmark> out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            out.append({i.data(int(QPdfBookmarkModel::Role::Title)).toString(),
                        i.data(int(QPdfBookmarkModel::Role::Level)).toInt(),
                        i.data(int(QPdfBookmarkModel::Role::Page)).toInt()});
            walk(i);
        }
    };
    walk({});
    return out;
}

QStringList topLevelTitles(const QList<Bookmark> &bookmarks)
{
    QStringList titles;
    for (const Bookmark &b : bookmarks) {
        if (b.level == 0)
            titles.append(b.title);
    }
    return titles;
}

//! For each link annotation of page \a pageIndex (0-based): the 0-based page it goes to (-1: not internal).
QList<int> linkTargets(const QString &path, int pageIndex)
{
    QList<int> out;
    for (const ExportTest::Link &l : ExportTest::links(path, pageIndex))
        out.append(qMax(-1, l.page));
    return out;
}

} // namespace

class TestPacketExporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Core::ArchiveReader m_reader;
    std::unique_ptr<Export::PacketExporter> m_exporter;

    QString title(const QString &docId, const QString &lang)
    {
        return m_reader.nodes().at(m_reader.indexOf(docId)).texts.value(lang).title;
    }

    QString exportPacket(const QString &name, const Export::PacketSpec &spec)
    {
        const QString path = m_dir.filePath(name);
        QElapsedTimer timer;
        timer.start();
        const bool ok = m_exporter->exportPacket(QStringLiteral(SS_BUNDLED_ARCHIVE), spec, path);
        qInfo("%s: %d pages in %lld ms", qPrintable(name), m_exporter->pageCount(), timer.elapsed());
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString()));
        const QByteArray pageTemplate = Export::HeadlessExport::viewerTemplate();
        QVERIFY(pageTemplate.contains("{{main}}"));
        m_exporter = std::make_unique<Export::PacketExporter>(pageTemplate, QHash<QString, QByteArray>{});
    }

    void koreanPacket()
    {
        Export::PacketSpec spec;
        spec.title = QStringLiteral("서울 교통 정책 연수");
        spec.subtitle = QStringLiteral("Delegation from Ulaanbaatar");
        spec.organisation = QStringLiteral("서울특별시 도시교통실");
        spec.date = QDate(2026, 11, 3);
        spec.docIds = {kBusReform, kTMoney, kTokyo};
        QSignalSpy progress(m_exporter.get(), &Export::PacketExporter::progress);
        const QString path = exportPacket(QStringLiteral("ko.pdf"), spec);
        QVERIFY2(!path.isEmpty(), qPrintable(m_exporter->errorString()));

        // Progress: document k of 3, each once, in order.
        QCOMPARE(progress.count(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(progress.at(k).at(0).toInt(), k + 1);
            QCOMPARE(progress.at(k).at(1).toInt(), 3);
        }

        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        // Cover + contents + three documents of two to five pages each.
        QVERIFY2(doc.pageCount() >= 5 && doc.pageCount() <= 16, qPrintable(QString::number(doc.pageCount())));
        QCOMPARE(doc.pageCount(), m_exporter->pageCount());

        // Cover.
        const QString cover = ExportTest::normalized(doc.getAllText(0).text());
        for (const QString &s :
             {spec.title, spec.subtitle, spec.organisation, QStringLiteral("서울솔루션"), QStringLiteral("1.0.0")})
            QVERIFY2(cover.contains(s), qPrintable(s + QStringLiteral(" not on the cover: ") + cover));

        // Outline: every document title, in packet order, with its manual parts below it.
        const QList<Bookmark> bookmarks = outline(&doc);
        QCOMPARE(topLevelTitles(bookmarks),
                 QStringList({title(kBusReform, u"ko"_qs), title(kTMoney, u"ko"_qs), title(kTokyo, u"ko"_qs)}));
        QStringList busParts;
        for (const Core::DocumentHeading &h : m_reader.headings(m_reader.indexOf(kBusReform), QStringLiteral("ko")))
            busParts.append(h.text);
        QVERIFY(busParts.contains(QStringLiteral("배경")));
        QStringList partsInOutline;
        for (const Bookmark &b : bookmarks.mid(1, busParts.size()))
            partsInOutline.append(b.title);
        QCOMPARE(partsInOutline, busParts);

        // Labels: cover and contents in roman numerals, documents from 1; the bookmarks of the
        // documents point at pages whose printed number is the one in the table of contents.
        QCOMPARE(doc.pageLabel(0), QStringLiteral("i"));
        const int firstDocPage = bookmarks.first().page;
        QVERIFY(firstDocPage >= 2);
        QCOMPARE(doc.pageLabel(firstDocPage), QStringLiteral("1"));
        const QString toc = ExportTest::normalized(ExportTest::pdfText(path, 2, firstDocPage));
        for (const Bookmark &b : bookmarks) { // documents and their parts, with the page each is on
            if (b.level <= 1)
                QVERIFY2(toc.contains(b.title + QStringLiteral(" ") + doc.pageLabel(b.page)),
                         qPrintable(b.title + u' ' + doc.pageLabel(b.page)));
        }

        // Every page of the documents shows its number (the last line) and its document's title (the header).
        for (int p = firstDocPage; p < doc.pageCount(); ++p) {
            const QString text = ExportTest::pdfText(path, p + 1);
            QCOMPARE(ExportTest::lastLine(text), QString::number(p - firstDocPage + 1));
            QCOMPARE(text.split(u'\n').first().trimmed().isEmpty(), false);
        }
        QVERIFY(ExportTest::pdfText(path, firstDocPage + 1).startsWith(title(kBusReform, u"ko"_qs)));

        // Korean text is extractable: the exact sentence from the Korean manual.
        QVERIFY(ExportTest::normalized(ExportTest::pdfText(path)).contains(kKoreanSentence));
        QVERIFY(ExportTest::normalized(doc.getAllText(firstDocPage).text()).contains(kKoreanSentence));

        // The table of contents links to the documents' pages (qpdf reads the annotations).
        const QList<int> targets = linkTargets(path, 1);
        QVERIFY2(targets.size() >= 3, qPrintable(QString::number(targets.size())));
        QVERIFY(!targets.contains(-1));
        QList<int> docPages;
        for (const Bookmark &b : bookmarks) {
            if (b.level == 0)
                docPages.append(b.page);
        }
        for (int page : docPages)
            QVERIFY2(targets.contains(page), qPrintable(QString::number(page)));

        // Metadata and fonts: all embedded (Korean included), none missing.
        QCOMPARE(doc.metaData(QPdfDocument::MetaDataField::Title).toString(), spec.title);
        QCOMPARE(doc.metaData(QPdfDocument::MetaDataField::Author).toString(), spec.organisation);
        QVERIFY(doc.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime().isValid());
        const QString fonts = ExportTest::run(QStringLiteral("pdffonts"), {path});
        const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // emb column

        // Size: text pages with subset fonts stay well under 2 MB per 10 pages.
        QVERIFY(QFileInfo(path).size() < qint64(doc.pageCount()) * 200 * 1024);
    }

    void englishOnLetter()
    {
        Export::PacketSpec spec;
        spec.title = QStringLiteral("Transport");
        spec.language = Export::PacketSpec::Language::English;
        spec.paper = Export::PacketSpec::Paper::Letter;
        spec.docIds = {kBusReform};
        const QString path = exportPacket(QStringLiteral("en-letter.pdf"), spec);
        QVERIFY2(!path.isEmpty(), qPrintable(m_exporter->errorString()));
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        for (int p = 0; p < doc.pageCount(); ++p) {
            const QSizeF size = doc.pagePointSize(p);
            QVERIFY2(qAbs(size.width() - 612) < 2 && qAbs(size.height() - 792) < 2,
                     qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        }
        QCOMPARE(topLevelTitles(outline(&doc)), QStringList{title(kBusReform, u"en"_qs)});
        const QString text = ExportTest::normalized(ExportTest::pdfText(path));
        QVERIFY(text.contains(kEnglishSentence));
        QVERIFY(!text.contains(kKoreanSentence));
    }

    void bothLanguagesOneAfterTheOther()
    {
        Export::PacketSpec spec;
        spec.language = Export::PacketSpec::Language::BothSequential;
        spec.docIds = {kBusReform, kTMoney};
        const QString path = exportPacket(QStringLiteral("both.pdf"), spec);
        QVERIFY2(!path.isEmpty(), qPrintable(m_exporter->errorString()));
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        const QList<Bookmark> bookmarks = outline(&doc);
        QCOMPARE(topLevelTitles(bookmarks), QStringList({title(kBusReform, u"ko"_qs), title(kTMoney, u"ko"_qs)}));
        QStringList titles;
        for (const Bookmark &b : bookmarks)
            titles.append(b.title);
        // The English version is an entry of its document, after the Korean parts.
        const qsizetype en = titles.indexOf(title(kBusReform, u"en"_qs));
        QVERIFY(en > 0 && en < titles.indexOf(title(kTMoney, u"ko"_qs)));
        const QString text = ExportTest::normalized(ExportTest::pdfText(path));
        QVERIFY(text.contains(kKoreanSentence));
        QVERIFY(text.contains(kEnglishSentence));
        QVERIFY(text.indexOf(kKoreanSentence) < text.indexOf(kEnglishSentence));
    }

    void bothLanguagesSideBySide()
    {
        Export::PacketSpec spec;
        spec.language = Export::PacketSpec::Language::BothSideBySide;
        spec.docIds = {kBusReform};
        const QString path = exportPacket(QStringLiteral("sbs.pdf"), spec);
        QVERIFY2(!path.isEmpty(), qPrintable(m_exporter->errorString()));
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        const QList<Bookmark> bookmarks = outline(&doc);
        QCOMPARE(topLevelTitles(bookmarks).size(), 1);
        QVERIFY(bookmarks.first().title.contains(title(kBusReform, u"ko"_qs)));
        QVERIFY(bookmarks.first().title.contains(title(kBusReform, u"en"_qs)));
        // Both columns start on the first page of the document.
        const QString first = ExportTest::normalized(ExportTest::pdfText(path, bookmarks.first().page + 1));
        QVERIFY(first.contains(title(kBusReform, u"ko"_qs)));
        QVERIFY(first.contains(title(kBusReform, u"en"_qs)));
        // Lines of the two columns interleave in the page's text: read each half on its own.
        const QString text = ExportTest::normalized(ExportTest::pdfText(path));
        QVERIFY(text.contains(kKoreanSentence));
        const QSizeF size = doc.pagePointSize(0);
        const QString right = ExportTest::normalized(ExportTest::pdfTextRightHalf(
            path, bookmarks.first().page + 1, doc.pageCount(), size.width(), size.height()));
        QVERIFY2(right.contains(kEnglishSentence), qPrintable(right.left(400)));
        QVERIFY(!right.contains(kKoreanSentence));
    }

    void cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("packet.pdf"));
        Export::PacketSpec spec;
        spec.docIds = {kBusReform, kTMoney, kTokyo};
        QSignalSpy finished(m_exporter.get(), &Export::PacketExporter::finished);
        // Cancelled after the first document.
        auto connection =
            connect(m_exporter.get(), &Export::PacketExporter::progress, m_exporter.get(), [this](int done) {
                if (done == 1)
                    m_exporter->cancel();
            });
        QVERIFY(m_exporter->start(QStringLiteral(SS_BUNDLED_ARCHIVE), spec, fresh));
        QVERIFY(finished.wait(60000));
        disconnect(connection);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(m_exporter->wasCancelled());
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // Cancelled at once, over an existing file: the old file stays as it was.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(m_exporter->start(QStringLiteral(SS_BUNDLED_ARCHIVE), spec, path));
        QVERIFY(m_exporter->isRunning());
        m_exporter->cancel();
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!m_exporter->isRunning());
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
        QTest::qWait(300); // late callbacks of the cancelled run must not do anything
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void unknownDocumentIsAClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("unknown.pdf"));
        Export::PacketSpec spec;
        spec.docIds = {kBusReform, QStringLiteral("model-policies/no-such-manual")};
        QSignalSpy finished(m_exporter.get(), &Export::PacketExporter::finished);
        QVERIFY(!m_exporter->start(QStringLiteral(SS_BUNDLED_ARCHIVE), spec, path));
        QVERIFY2(m_exporter->errorString().contains(QStringLiteral("model-policies/no-such-manual")),
                 qPrintable(m_exporter->errorString()));
        QVERIFY(!m_exporter->isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFileInfo::exists(path));

        spec.docIds.clear();
        QVERIFY(!m_exporter->start(QStringLiteral(SS_BUNDLED_ARCHIVE), spec, path));
        QVERIFY(!m_exporter->errorString().isEmpty());
        spec.docIds = {kBusReform};
        QVERIFY(!m_exporter->start(m_dir.filePath(QStringLiteral("missing.ssarc")), spec, path));
        QVERIFY(!m_exporter->start(QStringLiteral(SS_BUNDLED_ARCHIVE), spec,
                                   m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
        QVERIFY(!QFileInfo::exists(path));
    }

    void failedWriteLeavesNoFile()
    {
        // The output is a folder: everything is printed, and the write fails at the end.
        const QString path = m_dir.filePath(QStringLiteral("a-folder.pdf"));
        QVERIFY(QDir().mkpath(path));
        Export::PacketSpec spec;
        spec.docIds = {kTMoney};
        QVERIFY(!m_exporter->exportPacket(QStringLiteral(SS_BUNDLED_ARCHIVE), spec, path));
        QVERIFY(!m_exporter->wasCancelled());
        QVERIFY2(m_exporter->errorString().contains(QStringLiteral("a-folder.pdf")),
                 qPrintable(m_exporter->errorString()));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("a-folder.pdf?*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

int main(int argc, char *argv[])
{
    Ss::Web::registerUrlSchemes();
    QApplication app(argc, argv);
    TestPacketExporter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_packetexporter.moc"
