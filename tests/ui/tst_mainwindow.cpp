// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The main window with the real viewer, offscreen: selecting a tree node loads its document,
// switching language changes menus, title and document, search suggestions follow the text an
// input method is composing, Enter lists results and opening one highlights its terms,
// bookmarks and the last document survive a restart, and a corrupt archive keeps the old one.
#include <core/translator.h>
#include <core/userdata/userdatabase.h>
#include <core/viewer/archivesession.h>
#include <core/data/citytablemodel.h>
#include <ui/dataviews/dataviewswidget.h>
#include <ui/mainwindow.h>
#include <ui/packets/packetpanel.h>
#include <ui/proposals/proposalswidget.h>
#include <sync/draftstore.h>
#include <sync/tokenstore.h>
#include <ui/search/searchfield.h>
#include <ui/search/searchpanel.h>
#include <web/archiveschemehandler.h>
#include <web/requestinterceptor.h>
#include <web/urlscheme.h>
#include <web/webprofilefactory.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEngineFindTextResult>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Ss;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    Core::Translator m_translator;
    Core::UserDatabase m_userData;
    QWebEngineProfile *m_profile = nullptr;
    Ui::MainWindow *m_window = nullptr; // the window the scheme handler serves
    QByteArray m_template;

    std::unique_ptr<Ui::MainWindow> makeWindow()
    {
        auto window = std::make_unique<Ui::MainWindow>(m_profile, &m_translator, &m_userData, m_template,
                                                       QHash<QString, QByteArray>{});
        m_window = window.get();
        return window;
    }

    static bool waitLoaded(Ui::MainWindow *w)
    {
        QSignalSpy spy(w->view(), &QWebEngineView::loadFinished);
        return spy.wait(15000) && spy.last().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
        QVERIFY2(m_userData.open(m_home.filePath(QStringLiteral("userdata.sqlite"))), qPrintable(m_userData.errorString()));
        m_template = readFile(QStringLiteral(SS_SOURCE_DIR "/resources/web/page.html"))
                         .replace("{{css}}", readFile(QStringLiteral(SS_SOURCE_DIR "/resources/web/viewer.css")));
        QVERIFY(m_template.contains("{{main}}"));
        auto *handler = new Web::ArchiveSchemeHandler(
            [this] { return m_window && m_window->session() ? m_window->session()->resolver() : nullptr; },
            [this] { return m_window && m_window->session() ? m_window->session()->composer() : nullptr; }, this);
        m_profile = Web::WebProfileFactory::create(this, handler, new Web::RequestInterceptor(this));
    }

    void treeSelectionLoadsDocument()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        QVERIFY(w->showDocument(QStringLiteral("model-policies/transportation/t-money")));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->view()->title(), QStringLiteral("T-money Smart Transit Card"));
        QCOMPARE(w->tree()->currentIndex().data(Qt::UserRole + 1).toString(), QStringLiteral("model-policies/transportation/t-money"));
        // Activating another node in the tree loads it.
        const QModelIndex sibling = w->tree()->currentIndex().siblingAtRow(0);
        Q_EMIT w->tree()->activated(sibling);
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->currentDocId(), QStringLiteral("model-policies/transportation/bus-reform"));
        QCOMPARE(w->view()->title(), QStringLiteral("Public Bus System Reform"));
    }

    void languageSwitchChangesEverything()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        w->showDocument(QStringLiteral("model-policies/water/arisu-tap-water"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        w->setLanguage(QStringLiteral("ko"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
        QVERIFY(w->view()->url().path().endsWith(QStringLiteral("/index.ko.html")));
        QVERIFY2(w->view()->title().startsWith(QStringLiteral("아리수")), qPrintable(w->view()->title()));
        QVERIFY2(w->windowTitle().contains(QStringLiteral("서울솔루션")), qPrintable(w->windowTitle()));
        w->setLanguage(QStringLiteral("en"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void searchSuggestsResultsAndHighlights()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        Ui::SearchField *field = w->searchField();
        field->setFocus();
        QSignalSpy typing(field, &Ui::SearchField::typing);
        // An input method composing 교 then 교통: the composition counts before it is committed.
        field->clear();
        QInputMethodEvent compose1(QStringLiteral("교"), {});
        QApplication::sendEvent(field, &compose1);
        QInputMethodEvent compose2(QStringLiteral("교통"), {});
        QApplication::sendEvent(field, &compose2);
        QVERIFY(typing.size() >= 2);
        QCOMPARE(typing.last().first().toString(), QStringLiteral("교통"));
        QCOMPARE(field->typedText(), QStringLiteral("교통"));
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("교통"));
        QApplication::sendEvent(field, &commit);
        QCOMPARE(field->text(), QStringLiteral("교통"));

        field->setText(QStringLiteral("Cheonggyecheon"));
        QTest::keyClick(field, Qt::Key_Return);
        const Core::SearchResults &results = w->searchPanel()->results();
        QCOMPARE(results.status, Core::SearchResults::Status::Ok);
        QCOMPARE(results.hits.first().docId, QStringLiteral("model-policies/environment/cheonggyecheon-restoration"));
        auto *list = w->searchPanel()->findChild<QListWidget *>();
        QVERIFY(list && list->count() > 0);
        QSignalSpy found(w->view()->page(), &QWebEnginePage::findTextFinished);
        Q_EMIT list->itemActivated(list->item(0));
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(found.wait(5000));
        const auto result = found.last().first().value<QWebEngineFindTextResult>();
        QVERIFY2(result.numberOfMatches() > 0, "the opened hit highlights its terms");
    }

    void suggestionsWhileTyping()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        QApplication::setActiveWindow(w.get());
        Ui::SearchField *field = w->searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("T-mon"));
        QVERIFY(!field->suggestions().isEmpty());
        QCOMPARE(field->suggestions().first(), QStringLiteral("T-money Smart Transit Card"));
        // Korean: the suggestions follow each composed syllable.
        field->clear();
        QInputMethodEvent compose(QStringLiteral("따"), {});
        QApplication::sendEvent(field, &compose);
        QVERIFY2(field->suggestions().contains(QStringLiteral("공공자전거 따릉이")) || field->suggestions().contains(QStringLiteral("Seoul Bike Ttareungyi Public Bicycles")),
                 qPrintable(field->suggestions().join(u", ")));
    }

    void bookmarksAndLastDocumentSurviveRestart()
    {
        {
            auto w = makeWindow();
            QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
            w->show();
            w->showDocument(QStringLiteral("overseas-cities/asia/tokyo"));
            QVERIFY(waitLoaded(w.get()));
            const auto actions = w->findChildren<QAction *>();
            QAction *bookmark = nullptr;
            for (QAction *a : actions) {
                if (a->text() == u"Bookmark this document")
                    bookmark = a;
            }
            QVERIFY(bookmark);
            bookmark->trigger();
            QVERIFY(bookmark->isChecked());
            w->close();
        }
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        w->showStartPage();
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->currentDocId(), QStringLiteral("overseas-cities/asia/tokyo"));
        const QList<Core::Bookmark> bookmarks = m_userData.bookmarks(QStringLiteral("seoul-solution"));
        QCOMPARE(bookmarks.size(), 1);
        QCOMPARE(bookmarks.first().docId, QStringLiteral("overseas-cities/asia/tokyo"));
        auto *list = w->findChild<QDockWidget *>(QStringLiteral("BookmarkDock"))->findChild<QListWidget *>();
        QCOMPARE(list->count(), 1);
    }

    void exportsThePageToPdf()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        w->showDocument(QStringLiteral("model-policies/transportation/topis"));
        QVERIFY(waitLoaded(w.get()));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("topis.pdf"));
        QSignalSpy done(w.get(), &Ui::MainWindow::pageExported);
        w->exportPageToPdf(pdf);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.last().at(1).toBool(), true);
        QCOMPARE(readFile(pdf).left(5), QByteArray("%PDF-"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("topis.pdf")});
    }

    void pagesGoIntoThePolicyPacket()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        auto *dock = w->findChild<QDockWidget *>(QStringLiteral("PacketDock"));
        QVERIFY(dock && !dock->isVisible());
        w->showDocument(QStringLiteral("model-policies/transportation/topis"));
        QVERIFY(waitLoaded(w.get()));
        w->addToPacket(); // the page shown
        w->addToPacket(QStringLiteral("model-policies/water/arisu-tap-water"));
        w->addToPacket(QStringLiteral("model-policies/transportation/topis")); // not twice
        QVERIFY(dock->isVisible());
        QCOMPARE(w->packetPanel()->documentIds(),
                 (QStringList{QStringLiteral("model-policies/transportation/topis"), QStringLiteral("model-policies/water/arisu-tap-water")}));
        // The panel names documents by their titles in the interface language.
        auto *list = w->packetPanel()->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->item(0)->text().contains(QStringLiteral("TOPIS")), true);
        // Double-clicking a document of the packet shows it.
        Q_EMIT w->packetPanel()->documentActivated(QStringLiteral("model-policies/water/arisu-tap-water"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->currentDocId(), QStringLiteral("model-policies/water/arisu-tap-water"));
    }

    void dataViewsShowTheArchiveAndOpenPages()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->show();
        QVERIFY(!w->dataDock()->isVisible());
        w->showCities();
        QVERIFY(w->dataDock()->isVisible());
        const Core::CityTableModel *cities = w->dataViews()->cityModel();
        QCOMPARE(cities->rowCount(), 31); // the sample's city pages
        // A request from the views (double-click, marker click) opens the page in the viewer.
        Q_EMIT w->dataViews()->openDocument(QStringLiteral("model-policies/transportation/topis"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->currentDocId(), QStringLiteral("model-policies/transportation/topis"));
        // The views follow the language switch.
        w->setLanguage(QStringLiteral("ko"));
        QCOMPARE(w->dataViews()->language(), QStringLiteral("ko"));
        QVERIFY(waitLoaded(w.get()));
        w->setLanguage(QStringLiteral("en"));
        QVERIFY(waitLoaded(w.get()));
    }

    void pagesGoIntoAProposal()
    {
        Sync::DraftStore store;
        QVERIFY2(store.open(m_home.filePath(QStringLiteral("proposals.sqlite"))), qPrintable(store.errorString()));
        Sync::TokenStore tokens(QStringLiteral("SeoulSolutionTest"));
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        w->setProposalServices(&store, nullptr, &tokens);
        w->show();
        QVERIFY(w->proposals());
        const auto menus = w->menuBar()->actions();
        QVERIFY(std::any_of(menus.begin(), menus.end(), [](QAction *a) { return a->text() == QStringLiteral("&Proposals"); }));
        w->showDocument(QStringLiteral("model-policies/transportation/topis"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(store.drafts().size(), 0);
        w->addToProposal(); // no draft open: one is made for the page
        QCOMPARE(store.drafts().size(), 1);
        QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("ProposalDock"))->isVisible());
        QVERIFY(w->proposals()->flush());
        const auto draft = store.draft(store.drafts().constFirst().id);
        QVERIFY(draft);
        QCOMPARE(draft->relatedDocuments.size(), 1);
        QCOMPARE(draft->relatedDocuments.constFirst().docId, QStringLiteral("model-policies/transportation/topis"));
        // Asking to see a related document shows it.
        Q_EMIT w->proposals()->openDocumentRequested(QStringLiteral("model-policies/water/arisu-tap-water"));
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->currentDocId(), QStringLiteral("model-policies/water/arisu-tap-water"));
        w.reset(); // the window goes before the store, as in main()
    }

    void corruptArchiveKeepsTheOpenOne()
    {
        auto w = makeWindow();
        QVERIFY(w->openArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), false));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.ssarc"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes = readFile(QStringLiteral(SS_BUNDLED_ARCHIVE));
        bytes.truncate(bytes.size() / 2);
        f.write(bytes);
        f.close();
        QVERIFY(!w->openArchive(bad, false));
        QVERIFY(w->session());
        QCOMPARE(w->session()->reader()->metadata().id, QStringLiteral("seoul-solution"));
        QVERIFY(w->showDocument(QStringLiteral("model-policies")));
        QVERIFY(waitLoaded(w.get()));
    }
};

int main(int argc, char *argv[])
{
    Ss::Web::registerUrlSchemes();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
