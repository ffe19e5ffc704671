// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <export/packetspec.h>

#include <QByteArray>
#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Ss::Core {
class UserDatabase;
}
namespace Ss::Export {
class PacketExporter;
}

namespace Ss::Ui {

/*! \brief The policy packet panel: the packet's documents (drag to reorder, remove), its cover
 * fields and options, saved packets, and Export with a progress bar and Cancel.
 *
 * Wiring only: the export is Export::PacketExporter's, saved packets are Core::UserDatabase's.
 * The main window docks it, calls setArchive() when an archive opens, and addDocument() from the
 * tree, search results, bookmarks or "add current page". */
class PacketPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketPanel)
public:
    //! \a pageTemplate and \a appAssets as the viewer has them (see Export::PacketExporter).
    PacketPanel(Core::UserDatabase *userData, QByteArray pageTemplate, QHash<QString, QByteArray> appAssets,
                QWidget *parent = nullptr);
    ~PacketPanel() override;

    /*! The archive packets are made from: its file, its id (saved packets are per archive) and
     *  how to name a document id (its title in the current language; empty if unknown). */
    void setArchive(const QString &path, const QString &archiveId, std::function<QString(const QString &)> titleOf);
    //! Adds a document at the end; a document already in the packet is not added twice.
    void addDocument(const QString &docId);
    QStringList documentIds() const;
    //! The packet as the fields and options say.
    Export::PacketSpec spec() const;
    //! Starts exporting to \a path (the Export button asks for it first). False if it cannot start.
    bool exportTo(const QString &path);
    bool isExporting() const;
    Export::PacketExporter *exporter() const { return m_exporter; }

Q_SIGNALS:
    //! A document of the packet was double-clicked: show it.
    void documentActivated(const QString &docId);
    void exportFinished(bool ok, const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refreshSaved();
    void openSaved(int index);
    void newPacket();
    void savePacket();
    void deleteSaved();
    void chooseFileAndExport();
    void removeSelected();
    void moveSelected(int delta);
    void onProgress(int done, int total);
    void onFinished(bool ok);
    void updateActions();
    void setStatus(const QString &text, bool isError = false);

    Core::UserDatabase *m_userData;
    Export::PacketExporter *m_exporter;
    QString m_archivePath;
    QString m_archiveId;
    std::function<QString(const QString &)> m_titleOf;
    qint64 m_packetId = 0; // the saved packet shown, 0 if none
    QString m_outputPath;

    QLabel *m_savedLabel;
    QComboBox *m_savedBox;
    QToolButton *m_newButton;
    QToolButton *m_saveButton;
    QToolButton *m_deleteButton;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_subtitleLabel;
    QLineEdit *m_subtitle;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisation;
    QLabel *m_documentsLabel;
    QListWidget *m_list;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QToolButton *m_removeButton;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace Ss::Ui
