// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "mainwindow.h"

#include "archivetreemodel.h"
#include "dataviews/dataviewswidget.h"
#include "findbar.h"
#include "packets/packetpanel.h"
#include "proposals/proposalswidget.h"
#include "proposals/syncaccount.h"
#include "proposals/syncsettingsdialog.h"
#include "proposals/syncstatuswidget.h"
#include "search/searchfield.h"
#include "search/searchpanel.h"

#include <core/translator.h>
#include <core/userdata/userdatabase.h>
#include <core/viewer/archivesession.h>
#include <web/urlscheme.h>
#include <web/webpage.h>

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QDir>
#include <QNetworkInformation>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace Ss::Ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("archives/recent");
} // namespace

MainWindow::MainWindow(QWebEngineProfile *profile, Core::Translator *translator, Core::UserDatabase *userData,
                       QByteArray pageTemplate, QHash<QString, QByteArray> appAssets, QWidget *parent)
    : QMainWindow(parent), m_translator(translator), m_userData(userData), m_template(std::move(pageTemplate)),
      m_assets(std::move(appAssets)), m_lang(translator->language()), m_model(new ArchiveTreeModel(this)),
      m_tree(new QTreeView(this)), m_view(new QWebEngineView(this)), m_page(new Web::WebPage(profile, m_view)),
      m_findBar(new FindBar(this)), m_treeDock(new QDockWidget(this)), m_bookmarkDock(new QDockWidget(this)),
      m_bookmarkList(new QListWidget(this)), m_searchField(new SearchField(this)), m_searchPanel(new SearchPanel(this)),
      m_searchDock(new QDockWidget(this)), m_archiveLabel(new QLabel(this)), m_networkLabel(new QLabel(this)),
      m_packetPanel(new PacketPanel(userData, m_template, m_assets, this)), m_packetDock(new QDockWidget(this)),
      m_dataViews(new DataViewsWidget(this)), m_dataDock(new QDockWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_findBar->setPage(m_page);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setObjectName(QStringLiteral("ArchiveTree"));
    m_treeDock->setObjectName(QStringLiteral("TreeDock"));
    m_treeDock->setWidget(m_tree);
    m_treeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    m_bookmarkDock->setObjectName(QStringLiteral("BookmarkDock"));
    m_bookmarkDock->setWidget(m_bookmarkList);
    addDockWidget(Qt::LeftDockWidgetArea, m_bookmarkDock);
    m_searchDock->setObjectName(QStringLiteral("SearchDock"));
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_treeDock, m_bookmarkDock);
    tabifyDockWidget(m_treeDock, m_searchDock);
    m_treeDock->raise();
    m_searchPanel->setUiLanguage(m_lang);
    // The policy packet on the right, the data views (tables, map, charts) below the page; both
    // start hidden and come up when used.
    m_packetDock->setObjectName(QStringLiteral("PacketDock"));
    m_packetDock->setWidget(m_packetPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_packetDock);
    m_packetDock->hide();
    m_dataDock->setObjectName(QStringLiteral("DataDock"));
    m_dataDock->setWidget(m_dataViews);
    addDockWidget(Qt::BottomDockWidgetArea, m_dataDock);
    m_dataDock->hide();
    m_dataViews->setLanguage(m_lang);
    connect(m_packetPanel, &PacketPanel::documentActivated, this, [this](const QString &docId) { showDocument(docId); });
    connect(m_dataViews, &DataViewsWidget::openDocument, this, [this](const QString &docId) { showDocument(docId); });
    // Right-click on a document in the tree or the bookmarks: open, bookmark, add to the packet.
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int node = m_model->nodeOf(m_tree->indexAt(pos));
        if (m_session && node >= 0)
            showDocumentMenu(m_session->reader()->nodes().at(node).docId, m_tree->viewport()->mapToGlobal(pos));
    });
    m_bookmarkList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_bookmarkList, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const QListWidgetItem *item = m_bookmarkList->itemAt(pos))
            showDocumentMenu(item->data(Qt::UserRole).toString(), m_bookmarkList->viewport()->mapToGlobal(pos));
    });

    statusBar()->addWidget(m_archiveLabel, 1);
    statusBar()->addPermanentWidget(m_networkLabel);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) { openNode(m_model->nodeOf(index)); });
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) { openNode(m_model->nodeOf(index)); });
    connect(m_view, &QWebEngineView::urlChanged, this, &MainWindow::onUrlChanged);
    // Mouse back/forward buttons, wherever the pointer is over the page.
    if (m_view->focusProxy())
        m_view->focusProxy()->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_page, &Web::WebPage::externalLinkRequested, this, &MainWindow::onExternalLink);
    connect(m_searchField, &SearchField::typing, this, &MainWindow::onTyping);
    connect(m_searchField, &SearchField::searchRequested, this, &MainWindow::showSearch);
    connect(m_searchField, &SearchField::suggestionChosen, this, [this](const QString &docId) { showDocument(docId); });
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openHit);
    connect(m_searchPanel, &SearchPanel::hitMenuRequested, this, &MainWindow::showDocumentMenu);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // Opening a search hit: highlight its terms and scroll to the first one.
        if (ok && !m_pendingHighlight.isEmpty())
            m_page->findText(m_pendingHighlight.first());
        m_pendingHighlight.clear();
    });
    connect(m_bookmarkList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showDocument(item->data(Qt::UserRole).toString()); });

    createActions();
    createMenus();
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance())
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, &MainWindow::updateStatus);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("window/geometry")).isNull())
        resize(1200, 800);
    m_view->setZoomFactor(settings.value(QStringLiteral("view/zoom"), 1.0).toDouble());
    retranslateUi();
    refreshRecent();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](QKeySequence::StandardKey key, auto slot) {
        auto *action = new QAction(this);
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_openAction = make(QKeySequence::Open, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open archive"), QString(),
                                                          tr("Seoul Solution archives (*.ssarc);;All files (*)"));
        if (!path.isEmpty())
            openArchive(path);
    });
    m_quitAction = make(QKeySequence::Quit, [this] { close(); });
    m_backAction = make(QKeySequence::Back, [this] { m_view->back(); });
    m_forwardAction = make(QKeySequence::Forward, [this] { m_view->forward(); });
    m_homeAction = make(QKeySequence::UnknownKey, [this] {
        if (m_session)
            m_view->setUrl(Web::archiveUrl(Core::PageComposer::homePath(m_lang)));
    });
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_languageAction = make(QKeySequence::UnknownKey, [this] { setLanguage(m_lang == u"ko" ? QStringLiteral("en") : QStringLiteral("ko")); });
    m_languageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_zoomInAction = make(QKeySequence::ZoomIn, [this] { setZoom(m_view->zoomFactor() + 0.1); });
    m_zoomOutAction = make(QKeySequence::ZoomOut, [this] { setZoom(m_view->zoomFactor() - 0.1); });
    m_zoomResetAction = make(QKeySequence::UnknownKey, [this] { setZoom(1.0); });
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_findAction = make(QKeySequence::Find, [this] { m_findBar->activate(); });
    m_bookmarkAction = make(QKeySequence::UnknownKey, &MainWindow::toggleBookmark);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmarkAction->setCheckable(true);
    m_aboutAction = make(QKeySequence::UnknownKey, &MainWindow::showAbout);
    m_aboutAppAction = make(QKeySequence::UnknownKey, &MainWindow::showAboutApp);
    m_printAction = make(QKeySequence::Print, &MainWindow::printDocument);
    m_exportPdfAction = make(QKeySequence::UnknownKey, qOverload<>(&MainWindow::exportPageToPdf));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_addToPacketAction = make(QKeySequence::UnknownKey, [this] { addToPacket(); });
    m_addToPacketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_citiesAction = make(QKeySequence::UnknownKey, &MainWindow::showCities);
    m_activitiesAction = make(QKeySequence::UnknownKey, &MainWindow::showActivities);
    auto *findNext = make(QKeySequence::FindNext, [this] { m_findBar->findNext(); });
    auto *findPrevious = make(QKeySequence::FindPrevious, [this] { m_findBar->findPrevious(); });
    addAction(findNext);
    addAction(findPrevious);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setMovable(false);
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_homeAction->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addAction(m_homeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_languageAction);
    toolbar->addAction(m_zoomOutAction);
    toolbar->addAction(m_zoomInAction);
    toolbar->addAction(m_bookmarkAction);
    toolbar->addSeparator();
    m_searchField->setMaximumWidth(360);
    m_searchField->setMinimumWidth(220);
    toolbar->addWidget(m_searchField);
    m_searchAction = make(QKeySequence::UnknownKey, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    addAction(m_searchAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_addToPacketAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_languageAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_treeDock->toggleViewAction());
    m_viewMenu->addAction(m_bookmarkDock->toggleViewAction());
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    m_viewMenu->addAction(m_packetDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_citiesAction);
    m_viewMenu->addAction(m_activitiesAction);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addAction(m_homeAction);
    m_historyMenu = m_goMenu->addMenu(QString());
    connect(m_historyMenu, &QMenu::aboutToShow, this, &MainWindow::refreshHistoryMenu);
    m_bookmarksMenu = menuBar()->addMenu(QString());
    m_bookmarksMenu->addAction(m_bookmarkAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutAppAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent archives"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_historyMenu->setTitle(tr("Recently viewed"));
    m_bookmarksMenu->setTitle(tr("&Bookmarks"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open archive…"));
    m_quitAction->setText(tr("&Quit"));
    m_backAction->setText(tr("Back"));
    m_forwardAction->setText(tr("Forward"));
    m_homeAction->setText(tr("Home"));
    //: The action switches to the other language, so it names that language in itself.
    m_languageAction->setText(m_lang == u"ko" ? QStringLiteral("English") : QStringLiteral("한국어"));
    m_languageAction->setToolTip(tr("Switch the interface and the documents to the other language"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomResetAction->setText(tr("Actual size"));
    m_findAction->setText(tr("&Find in page…"));
    m_bookmarkAction->setText(tr("Bookmark this document"));
    m_aboutAction->setText(tr("&About this archive"));
    m_aboutAppAction->setText(tr("About Seoul Solution &Desktop"));
    m_printAction->setText(tr("&Print…"));
    m_exportPdfAction->setText(tr("Export this page to PDF…"));
    m_treeDock->setWindowTitle(tr("Contents"));
    m_bookmarkDock->setWindowTitle(tr("Bookmarks"));
    m_tree->setAccessibleName(tr("Archive contents"));
    m_view->setAccessibleName(tr("Document"));
    m_bookmarkList->setAccessibleName(tr("Bookmarks"));
    m_searchDock->setWindowTitle(tr("Search"));
    m_searchField->setPlaceholderText(tr("Search the archive (Ctrl+K)"));
    m_searchField->setAccessibleName(tr("Search the archive"));
    m_addToPacketAction->setText(tr("Add this page to the policy packet"));
    m_packetDock->setWindowTitle(tr("Policy packet"));
    m_dataDock->setWindowTitle(tr("Cities and activities"));
    m_citiesAction->setText(tr("Overseas cities: table and map"));
    m_activitiesAction->setText(tr("Sharing activities: table and charts"));
    if (m_proposalMenu) {
        m_proposalMenu->setTitle(tr("&Proposals"));
        m_proposalDock->setWindowTitle(tr("Business proposals"));
        m_newProposalAction->setText(tr("&New proposal"));
        m_addToProposalAction->setText(tr("Add this page to the proposal"));
        m_syncNowAction->setText(tr("Sync &now"));
        m_syncSettingsAction->setText(tr("Sync &settings…"));
        refreshProposalChoices(); // policy area names follow the language
    }
    refreshRecent();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openArchive(const QString &path, bool interactive)
{
    auto session = std::make_unique<Core::ArchiveSession>(m_template, m_assets);
    if (!session->open(path)) {
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open the archive"),
                                 tr("%1\n\n%2\n\nThe archive that was open stays open.")
                                     .arg(QFileInfo(path).fileName(), session->errorString()));
        return false;
    }
    m_session = std::move(session);
    m_model->setArchive(m_session->reader(), m_lang);
    m_searchPanel->setArchive(m_session->reader(), m_session->searchEngine());
    m_packetPanel->setArchive(QFileInfo(path).absoluteFilePath(), m_session->reader()->metadata().id,
                              [this](const QString &docId) { return titleOf(docId); });
    m_dataViews->setArchive(m_session->reader());
    refreshProposalChoices();
    m_currentDocId.clear();
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    refreshRecent();
    refreshBookmarks();
    updateStatus();
    return true;
}

void MainWindow::showStartPage()
{
    if (!m_session)
        return;
    const QString last = QSettings().value(QStringLiteral("archives/last/") + m_session->reader()->metadata().id).toString();
    if (last.isEmpty() || !showDocument(last))
        m_homeAction->trigger();
}

bool MainWindow::showDocument(const QString &docId)
{
    if (!m_session)
        return false;
    const int node = m_session->reader()->indexOf(docId);
    if (node < 0)
        return false;
    openNode(node);
    return true;
}

void MainWindow::openNode(int node)
{
    if (!m_session || node < 0)
        return;
    m_view->setUrl(Web::archiveUrl(m_session->composer()->pagePath(node, m_lang)));
}

void MainWindow::onUrlChanged(const QUrl &url)
{
    if (!m_session)
        return;
    static const QRegularExpression page(QStringLiteral("^/(.+)/index\\.([a-z]{2})\\.html$"));
    const auto match = page.match(url.path());
    const int node = match.hasMatch() ? m_session->reader()->indexOf(match.captured(1)) : -1;
    m_backAction->setEnabled(m_view->history()->canGoBack());
    m_forwardAction->setEnabled(m_view->history()->canGoForward());
    if (node < 0) { // the home page or the not-found page
        m_currentDocId.clear();
        m_tree->clearSelection();
        setWindowTitle(m_session->reader()->metadata().title(m_lang));
        return;
    }
    const Core::ArchiveNode &n = m_session->reader()->nodes().at(node);
    m_currentDocId = n.docId;
    const QModelIndex index = m_model->indexOfNode(node);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    const QString archiveId = m_session->reader()->metadata().id;
    const QString title = n.title(m_lang, m_session->reader()->metadata().defaultLanguage);
    setWindowTitle(tr("%1 – %2").arg(title, m_session->reader()->metadata().title(m_lang)));
    m_bookmarkAction->setChecked(m_userData && m_userData->isBookmarked(archiveId, n.docId));
    if (m_userData)
        m_userData->addHistory({archiveId, n.docId, match.captured(2), title, {}});
    QSettings().setValue(QStringLiteral("archives/last/") + archiveId, n.docId);
    Q_EMIT documentShown(n.docId);
}

void MainWindow::setLanguage(const QString &lang)
{
    if (lang == m_lang || !m_translator->setLanguage(lang))
        return;
    m_lang = lang;
    QSettings().setValue(QStringLiteral("ui/language"), lang);
    m_model->setLanguage(lang);
    m_searchPanel->setUiLanguage(lang);
    m_dataViews->setLanguage(lang);
    retranslateUi(); // the translator's LanguageChange event does this too; the toggle label depends on m_lang
    if (!m_currentDocId.isEmpty())
        showDocument(m_currentDocId);
    else if (m_session)
        m_homeAction->trigger();
}

void MainWindow::setZoom(double factor)
{
    factor = qBound(0.3, factor, 3.0);
    m_view->setZoomFactor(factor);
    QSettings().setValue(QStringLiteral("view/zoom"), factor);
}

void MainWindow::onExternalLink(const QUrl &url)
{
    const auto *network = QNetworkInformation::instance();
    if (network && network->reachability() == QNetworkInformation::Reachability::Disconnected) {
        QMessageBox::information(this, tr("Link needs a connection"),
                                 tr("This link leads outside the archive, to %1, and needs an internet connection, "
                                    "which this computer does not have now.").arg(url.toDisplayString()));
        return;
    }
    if (QMessageBox::question(this, tr("Open external link?"),
                              tr("This link leads outside the archive:\n%1\n\nOpen it in your web browser?")
                                  .arg(url.toDisplayString()))
        == QMessageBox::Yes)
        QDesktopServices::openUrl(url);
}

void MainWindow::toggleBookmark()
{
    if (!m_session || !m_userData || m_currentDocId.isEmpty())
        return;
    const QString archiveId = m_session->reader()->metadata().id;
    if (m_userData->isBookmarked(archiveId, m_currentDocId)) {
        m_userData->removeBookmark(archiveId, m_currentDocId);
    } else {
        const int node = m_session->reader()->indexOf(m_currentDocId);
        m_userData->addBookmark({archiveId, m_currentDocId,
                                 m_session->reader()->nodes().at(node).title(m_lang, m_session->reader()->metadata().defaultLanguage),
                                 {}});
    }
    m_bookmarkAction->setChecked(m_userData->isBookmarked(archiveId, m_currentDocId));
    refreshBookmarks();
}

void MainWindow::refreshBookmarks()
{
    m_bookmarkList->clear();
    if (!m_session || !m_userData)
        return;
    const Core::ArchiveReader *reader = m_session->reader();
    for (const Core::Bookmark &b : m_userData->bookmarks(reader->metadata().id)) {
        const int node = reader->indexOf(b.docId);
        const QString title = node >= 0 ? reader->nodes().at(node).title(m_lang, reader->metadata().defaultLanguage) : b.title;
        auto *item = new QListWidgetItem(title, m_bookmarkList);
        item->setData(Qt::UserRole, b.docId);
        item->setToolTip(b.docId);
    }
}

void MainWindow::refreshRecent()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (openArchive(path))
                showStartPage();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::refreshHistoryMenu()
{
    m_historyMenu->clear();
    if (!m_session || !m_userData)
        return;
    QStringList seen;
    for (const Core::HistoryEntry &e : m_userData->history(m_session->reader()->metadata().id, 100)) {
        if (seen.contains(e.docId) || seen.size() >= 15)
            continue;
        seen.append(e.docId);
        const QString docId = e.docId;
        m_historyMenu->addAction(e.title, this, [this, docId] { showDocument(docId); });
    }
}

void MainWindow::updateStatus()
{
    if (m_session) {
        const auto &m = m_session->reader()->metadata();
        m_archiveLabel->setText(tr("%1 · version %2").arg(m.title(m_lang), m.version));
    } else {
        m_archiveLabel->setText(tr("No archive open"));
    }
    const auto *network = QNetworkInformation::instance();
    const bool online = network && network->reachability() == QNetworkInformation::Reachability::Online;
    m_networkLabel->setText(online ? tr("Online") : tr("Offline"));
}

void MainWindow::onTyping(const QString &text)
{
    if (!m_session || text.trimmed().isEmpty()) {
        m_searchField->setSuggestions({}, {});
        return;
    }
    const Core::SearchResults results = m_session->searchEngine()->suggest(text, m_lang, 8);
    QStringList titles;
    QStringList ids;
    for (const Core::SearchHit &hit : results.hits) {
        titles.append(hit.title);
        ids.append(hit.docId);
    }
    m_searchField->setSuggestions(titles, ids);
}

void MainWindow::showSearch(const QString &query)
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->search(query);
}

void MainWindow::openHit(const QString &docId, const QString &lang, const QStringList &terms)
{
    if (!m_session)
        return;
    const int node = m_session->reader()->indexOf(docId);
    if (node < 0)
        return;
    m_pendingHighlight = terms;
    m_view->setUrl(Web::archiveUrl(m_session->composer()->pagePath(node, lang)));
}

QString MainWindow::titleOf(const QString &docId) const
{
    if (!m_session)
        return {};
    const Core::ArchiveReader *reader = m_session->reader();
    const int node = reader->indexOf(docId);
    return node >= 0 ? reader->nodes().at(node).title(m_lang, reader->metadata().defaultLanguage) : QString();
}

void MainWindow::addToPacket(const QString &docId)
{
    const QString id = docId.isEmpty() ? m_currentDocId : docId;
    if (!m_session || id.isEmpty())
        return;
    m_packetPanel->addDocument(id);
    m_packetDock->show();
    m_packetDock->raise();
    statusBar()->showMessage(tr("Added to the policy packet: %1").arg(titleOf(id)), 4000);
}

void MainWindow::setProposalServices(Sync::DraftStore *store, Sync::SyncEngine *engine, Sync::TokenStore *tokens)
{
    if (m_proposals || !store)
        return;
    m_proposals = new ProposalsWidget(store, engine, this);
    m_proposalDock = new QDockWidget(this);
    m_proposalDock->setObjectName(QStringLiteral("ProposalDock"));
    m_proposalDock->setWidget(m_proposals);
    addDockWidget(Qt::RightDockWidgetArea, m_proposalDock);
    tabifyDockWidget(m_packetDock, m_proposalDock);
    m_proposalDock->hide();
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray()); // the dock's saved place

    m_syncAccount = new SyncAccount(engine, tokens, this);
    m_syncStatus = new SyncStatusWidget(engine, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_networkLabel->hide(); // the sync status says online or offline itself

    auto show = [this] {
        m_proposalDock->show();
        m_proposalDock->raise();
    };
    m_newProposalAction = new QAction(this);
    connect(m_newProposalAction, &QAction::triggered, this, [this, show] {
        show();
        m_proposals->newDraft();
    });
    m_addToProposalAction = new QAction(this);
    connect(m_addToProposalAction, &QAction::triggered, this, [this] { addToProposal(); });
    m_syncNowAction = new QAction(this);
    connect(m_syncNowAction, &QAction::triggered, m_proposals, &ProposalsWidget::syncNow);
    m_syncSettingsAction = new QAction(this);
    connect(m_syncSettingsAction, &QAction::triggered, this, &MainWindow::showSyncSettings);
    m_proposalMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_proposalMenu);
    m_proposalMenu->addAction(m_proposalDock->toggleViewAction());
    m_proposalMenu->addAction(m_newProposalAction);
    m_proposalMenu->addAction(m_addToProposalAction);
    m_proposalMenu->addSeparator();
    m_proposalMenu->addAction(m_syncNowAction);
    m_proposalMenu->addAction(m_syncSettingsAction);

    connect(m_proposals, &ProposalsWidget::openDocumentRequested, this, [this](const QString &docId) { showDocument(docId); });
    connect(m_proposals, &ProposalsWidget::syncSettingsRequested, this, &MainWindow::showSyncSettings);
    connect(m_proposals, &ProposalsWidget::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_syncStatus, &SyncStatusWidget::settingsRequested, this, &MainWindow::showSyncSettings);
    connect(m_syncAccount, &SyncAccount::serverUrlChanged, this, [this](const QUrl &url) {
        QSettings().setValue(QStringLiteral("sync/server"), url.toString()); // the address is not secret; the token is never stored here
        m_syncStatus->refresh();
    });
    m_syncAccount->restore(QUrl(QSettings().value(QStringLiteral("sync/server")).toString()));
    refreshProposalChoices();
    retranslateUi();
}

void MainWindow::refreshProposalChoices()
{
    if (!m_proposals || !m_session)
        return;
    Core::ArchiveReader *reader = m_session->reader();
    m_proposals->setArchiveId(reader->metadata().id);
    m_proposals->setCityChoices(CityChoice::fromArchive(*reader, m_lang));
    // The policy areas are the folders of the Model Seoul Policies section.
    QList<PolicyAreaChoice> areas;
    const int section = reader->indexOf(QStringLiteral("model-policies"));
    if (section >= 0) {
        for (int child : reader->nodes().at(section).children) {
            const Core::ArchiveNode &n = reader->nodes().at(child);
            if (n.isFolder)
                areas.append({n.docId.section(u'/', -1), n.title(m_lang, reader->metadata().defaultLanguage)});
        }
    }
    m_proposals->setPolicyAreas(areas);
}

void MainWindow::addToProposal(const QString &docId)
{
    const QString id = docId.isEmpty() ? m_currentDocId : docId;
    if (!m_proposals || !m_session || id.isEmpty())
        return;
    m_proposalDock->show();
    m_proposalDock->raise();
    m_proposals->addRelatedDocument(id, titleOf(id));
}

void MainWindow::showSyncSettings()
{
    if (!m_syncAccount)
        return;
    SyncSettingsDialog dialog(m_syncAccount, this);
    dialog.exec();
    m_syncStatus->refresh();
}

void MainWindow::showCities()
{
    m_dataDock->show();
    m_dataDock->raise();
    m_dataViews->showCities();
}

void MainWindow::showActivities()
{
    m_dataDock->show();
    m_dataDock->raise();
    m_dataViews->showActivities();
}

void MainWindow::showDocumentMenu(const QString &docId, const QPoint &globalPos)
{
    if (!m_session || docId.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, docId] { showDocument(docId); });
    menu.addAction(tr("Add to the policy packet"), this, [this, docId] { addToPacket(docId); });
    if (m_proposals)
        menu.addAction(tr("Add to the proposal"), this, [this, docId] { addToProposal(docId); });
    const QString archiveId = m_session->reader()->metadata().id;
    if (m_userData) {
        if (m_userData->isBookmarked(archiveId, docId)) {
            menu.addAction(tr("Remove bookmark"), this, [this, archiveId, docId] {
                m_userData->removeBookmark(archiveId, docId);
                m_bookmarkAction->setChecked(m_userData->isBookmarked(archiveId, m_currentDocId));
                refreshBookmarks();
            });
        } else {
            menu.addAction(tr("Bookmark"), this, [this, archiveId, docId] {
                m_userData->addBookmark({archiveId, docId, titleOf(docId), {}});
                m_bookmarkAction->setChecked(m_userData->isBookmarked(archiveId, m_currentDocId));
                refreshBookmarks();
            });
        }
    }
    menu.exec(globalPos);
}

void MainWindow::showAbout()
{
    if (!m_session)
        return;
    const auto &m = m_session->reader()->metadata();
    QMessageBox::about(this, tr("About this archive"),
                       tr("<h3>%1</h3><p>%2</p><table>"
                          "<tr><td>Archive id</td><td>%3</td></tr><tr><td>Version</td><td>%4</td></tr>"
                          "<tr><td>Created</td><td>%5</td></tr><tr><td>Publisher</td><td>%6</td></tr>"
                          "<tr><td>Languages</td><td>%7</td></tr><tr><td>Format version</td><td>%8</td></tr>"
                          "<tr><td>Documents</td><td>%9</td></tr></table>"
                          "<p>Seoul Solution Desktop %10</p>")
                           .arg(m.title(m_lang).toHtmlEscaped(), m.description(m_lang).toHtmlEscaped(), m.id.toHtmlEscaped(),
                                m.version.toHtmlEscaped(), m.created.toHtmlEscaped(), m.publisher.toHtmlEscaped(),
                                m.languages.join(QStringLiteral(", ")).toHtmlEscaped())
                           .arg(m.formatVersion)
                           .arg(m_session->reader()->nodes().size())
                           .arg(QStringLiteral(SS_VERSION)));
}

void MainWindow::showAboutApp()
{
    QMessageBox::about(
        this, tr("About Seoul Solution Desktop"),
        tr("<h3>Seoul Solution Desktop %1</h3>"
           "<p>An offline browser for Seoul Metropolitan Government's policy archive, Seoul Solution.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2, SQLite, md4c, yaml-cpp, gumbo, qpdf and QtKeychain.</p>"
           "<p>World map: Natural Earth 1:110m country outlines (public domain), converted from the "
           "world-atlas package (ISC licence, © 2013-2019 Michael Bostock).</p>")
            .arg(QStringLiteral(SS_VERSION), QString::fromLatin1(qVersion())));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton) {
            m_view->back();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            m_view->forward();
            return true;
        }
    }
    if (event->type() == QEvent::ChildAdded && watched == m_view && m_view->focusProxy())
        m_view->focusProxy()->installEventFilter(this); // the render widget appears after the first load
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::printDocument()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print document"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // QWebEngineView::print() is asynchronous; the printer lives until it has finished.
    connect(m_view, &QWebEngineView::printFinished, this, [printer](bool) {}, Qt::SingleShotConnection);
    m_view->print(printer.get());
}

void MainWindow::exportPageToPdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + (m_currentDocId.isEmpty() ? QStringLiteral("seoul-solution") : m_currentDocId.section(u'/', -1))
                              + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export this page to PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPageToPdf(path);
}

void MainWindow::exportPageToPdf(const QString &path)
{
    // Written beside the target under a temporary name and renamed when complete: a failed
    // export never leaves a half-written PDF under the chosen name.
    const QString partial = QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName() + QStringLiteral(".partial");
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, [this, path, partial](const QString &, bool ok) {
        if (ok) {
            QFile::remove(path);
            ok = QFile::rename(partial, path);
        }
        if (!ok) {
            QFile::remove(partial);
            QMessageBox::warning(this, tr("Export failed"), tr("The page could not be written to %1.").arg(path));
        } else {
            statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
        }
        Q_EMIT pageExported(path, ok);
    }, Qt::SingleShotConnection);
    m_page->printToPdf(partial, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_proposals)
        m_proposals->flush(); // what was typed in the last second
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".ssarc"))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && openArchive(urls.first().toLocalFile()))
        showStartPage();
}

} // namespace Ss::Ui
