// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QTreeView;
class QWebEngineProfile;
class QWebEngineView;

namespace Ss::Core {
class ArchiveSession;
class Translator;
class UserDatabase;
} // namespace Ss::Core

namespace Ss::Web {
class WebPage;
}

namespace Ss::Sync {
class DraftStore;
class SyncEngine;
class TokenStore;
} // namespace Ss::Sync

namespace Ss::Ui {

class ArchiveTreeModel;
class DataViewsWidget;
class FindBar;
class PacketPanel;
class ProposalsWidget;
class SyncAccount;
class SyncStatusWidget;
class SearchField;
class SearchPanel;

/*! \brief The main window: the archive tree, the viewer, bookmarks; layout, actions and wiring only.
 *
 * Services come in through the constructor (main.cpp is the composition root). The window owns
 * the open archive session and replaces it only when a new archive opened successfully. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QWebEngineProfile *profile, Core::Translator *translator, Core::UserDatabase *userData,
               QByteArray pageTemplate, QHash<QString, QByteArray> appAssets, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens \a path; on failure shows why (when \a interactive) and keeps the current archive.
    bool openArchive(const QString &path, bool interactive = true);
    Core::ArchiveSession *session() const { return m_session.get(); }
    //! Shows \a docId in the current language; false if the archive has no such document.
    bool showDocument(const QString &docId);
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }
    QString currentDocId() const { return m_currentDocId; }
    QWebEngineView *view() const { return m_view; }
    QTreeView *tree() const { return m_tree; }
    SearchField *searchField() const { return m_searchField; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    //! Writes the current page to \a path as PDF (asynchronous; emits pageExported when done).
    void exportPageToPdf(const QString &path);
    //! Restores the last document of this archive, or shows its first section.
    void showStartPage();
    //! Adds \a docId (default: the page shown) to the policy packet and shows the packet panel.
    void addToPacket(const QString &docId = {});
    PacketPanel *packetPanel() const { return m_packetPanel; }
    DataViewsWidget *dataViews() const { return m_dataViews; }
    QDockWidget *dataDock() const { return m_dataDock; }
    void showCities();
    void showActivities();
    /*! The Business Proposal Corner: the drafts \a store, the sync \a engine and the \a tokens
     *  (none owned; they must outlive the window). Adds the proposals panel, its menu and the sync
     *  status; without this call the window has no proposals. */
    void setProposalServices(Sync::DraftStore *store, Sync::SyncEngine *engine, Sync::TokenStore *tokens);
    ProposalsWidget *proposals() const { return m_proposals; }
    //! Adds \a docId (default: the page shown) to the open proposal's related documents.
    void addToProposal(const QString &docId = {});

Q_SIGNALS:
    void documentShown(const QString &docId);
    void pageExported(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void onUrlChanged(const QUrl &url);
    void onExternalLink(const QUrl &url);
    void openNode(int node);
    void toggleBookmark();
    void refreshBookmarks();
    void refreshRecent();
    void refreshHistoryMenu();
    void setZoom(double factor);
    void showAbout();
    void showAboutApp();
    void printDocument();
    void exportPageToPdf();
    void updateStatus();
    void onTyping(const QString &text);
    void showSearch(const QString &query);
    void openHit(const QString &docId, const QString &lang, const QStringList &terms);
    void showDocumentMenu(const QString &docId, const QPoint &globalPos);
    QString titleOf(const QString &docId) const;
    void refreshProposalChoices();
    void showSyncSettings();

    Core::Translator *m_translator;
    Core::UserDatabase *m_userData;
    QByteArray m_template;
    QHash<QString, QByteArray> m_assets;
    std::unique_ptr<Core::ArchiveSession> m_session;
    QString m_lang;
    QString m_currentDocId;

    ArchiveTreeModel *m_model;
    QTreeView *m_tree;
    QWebEngineView *m_view;
    Web::WebPage *m_page;
    FindBar *m_findBar;
    QDockWidget *m_treeDock;
    QDockWidget *m_bookmarkDock;
    QListWidget *m_bookmarkList;
    SearchField *m_searchField;
    SearchPanel *m_searchPanel;
    QDockWidget *m_searchDock;
    QStringList m_pendingHighlight; // terms to find once the page being opened has loaded
    QLabel *m_archiveLabel;
    QLabel *m_networkLabel;
    PacketPanel *m_packetPanel;
    QDockWidget *m_packetDock;
    DataViewsWidget *m_dataViews;
    QDockWidget *m_dataDock;
    ProposalsWidget *m_proposals = nullptr;
    QDockWidget *m_proposalDock = nullptr;
    SyncAccount *m_syncAccount = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QMenu *m_proposalMenu = nullptr;
    QAction *m_newProposalAction = nullptr;
    QAction *m_addToProposalAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_syncSettingsAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_historyMenu = nullptr;
    QMenu *m_bookmarksMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_languageAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutAppAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_addToPacketAction = nullptr;
    QAction *m_citiesAction = nullptr;
    QAction *m_activitiesAction = nullptr;
};

} // namespace Ss::Ui
