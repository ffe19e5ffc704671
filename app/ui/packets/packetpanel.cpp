// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "packetpanel.h"

#include <core/userdata/userdatabase.h>
#include <export/packetexporter.h>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ss::Ui {

namespace {
constexpr int kDocIdRole = Qt::UserRole;
// The language options in the order of the combo box.
constexpr Export::PacketSpec::Language kLanguages[] = {
    Export::PacketSpec::Language::Korean, Export::PacketSpec::Language::English,
    Export::PacketSpec::Language::BothSequential, Export::PacketSpec::Language::BothSideBySide};
} // namespace

PacketPanel::PacketPanel(Core::UserDatabase *userData, QByteArray pageTemplate, QHash<QString, QByteArray> appAssets,
                         QWidget *parent)
    : QWidget(parent), m_userData(userData),
      m_exporter(new Export::PacketExporter(std::move(pageTemplate), std::move(appAssets), this)),
      m_savedLabel(new QLabel(this)), m_savedBox(new QComboBox(this)), m_newButton(new QToolButton(this)),
      m_saveButton(new QToolButton(this)), m_deleteButton(new QToolButton(this)), m_titleLabel(new QLabel(this)),
      m_title(new QLineEdit(this)), m_subtitleLabel(new QLabel(this)), m_subtitle(new QLineEdit(this)),
      m_organisationLabel(new QLabel(this)), m_organisation(new QLineEdit(this)), m_documentsLabel(new QLabel(this)),
      m_list(new QListWidget(this)), m_upButton(new QToolButton(this)), m_downButton(new QToolButton(this)),
      m_removeButton(new QToolButton(this)), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_paperLabel(new QLabel(this)), m_paper(new QComboBox(this)), m_exportButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    auto *saved = new QHBoxLayout;
    saved->addWidget(m_savedBox, 1);
    saved->addWidget(m_newButton);
    saved->addWidget(m_saveButton);
    saved->addWidget(m_deleteButton);

    auto *fields = new QFormLayout;
    fields->addRow(m_savedLabel, saved);
    fields->addRow(m_titleLabel, m_title);
    fields->addRow(m_subtitleLabel, m_subtitle);
    fields->addRow(m_organisationLabel, m_organisation);

    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_upButton->setArrowType(Qt::UpArrow);
    m_downButton->setArrowType(Qt::DownArrow);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_upButton);
    listButtons->addWidget(m_downButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_removeButton);

    for (int i = 0; i < int(std::size(kLanguages)); ++i)
        m_language->addItem(QString());
    m_paper->addItem(QString());
    m_paper->addItem(QString());
    auto *options = new QFormLayout;
    options->addRow(m_languageLabel, m_language);
    options->addRow(m_paperLabel, m_paper);

    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_cancelButton);
    exportRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_documentsLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addLayout(options);
    layout->addLayout(exportRow);
    layout->addWidget(m_status);

    connect(m_savedBox, &QComboBox::activated, this, &PacketPanel::openSaved);
    connect(m_newButton, &QToolButton::clicked, this, &PacketPanel::newPacket);
    connect(m_saveButton, &QToolButton::clicked, this, &PacketPanel::savePacket);
    connect(m_deleteButton, &QToolButton::clicked, this, &PacketPanel::deleteSaved);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_removeButton, &QToolButton::clicked, this, &PacketPanel::removeSelected);
    m_list->installEventFilter(this); // Delete removes the selected documents
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT documentActivated(item->data(kDocIdRole).toString()); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PacketPanel::updateActions);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &PacketPanel::updateActions);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, &PacketPanel::updateActions);
    connect(m_exportButton, &QPushButton::clicked, this, &PacketPanel::chooseFileAndExport);
    connect(m_cancelButton, &QPushButton::clicked, m_exporter, &Export::PacketExporter::cancel);
    connect(m_exporter, &Export::PacketExporter::progress, this,
            [this](int done, int total) { onProgress(done, total); });
    connect(m_exporter, &Export::PacketExporter::finished, this, &PacketPanel::onFinished);

    retranslateUi();
    updateActions();
}

PacketPanel::~PacketPanel() = default;

void PacketPanel::retranslateUi()
{
    m_savedLabel->setText(tr("Saved packets:"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Start a new, empty packet"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save this packet to reopen it later"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the saved packet"));
    m_titleLabel->setText(tr("&Title:"));
    m_titleLabel->setBuddy(m_title);
    m_title->setPlaceholderText(tr("Policy packet"));
    m_subtitleLabel->setText(tr("S&ubtitle:"));
    m_subtitleLabel->setBuddy(m_subtitle);
    m_organisationLabel->setText(tr("&Organisation:"));
    m_organisationLabel->setBuddy(m_organisation);
    m_documentsLabel->setText(tr("Documents (drag to reorder):"));
    m_upButton->setToolTip(tr("Move up"));
    m_downButton->setToolTip(tr("Move down"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected documents from the packet"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_language->setItemText(0, tr("Korean"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Korean, then English"));
    m_language->setItemText(3, tr("Korean and English side by side"));
    m_paperLabel->setText(tr("&Paper:"));
    m_paperLabel->setBuddy(m_paper);
    m_paper->setItemText(0, tr("A4"));
    m_paper->setItemText(1, tr("US Letter"));
    m_exportButton->setText(tr("&Export PDF…"));
    m_cancelButton->setText(tr("Cancel"));
    refreshSaved();
}

bool PacketPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PacketPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PacketPanel::setArchive(const QString &path, const QString &archiveId,
                             std::function<QString(const QString &)> titleOf)
{
    m_archivePath = path;
    m_archiveId = archiveId;
    m_titleOf = std::move(titleOf);
    for (int i = 0; i < m_list->count(); ++i) { // titles follow the archive (and its language)
        QListWidgetItem *item = m_list->item(i);
        const QString title = m_titleOf ? m_titleOf(item->data(kDocIdRole).toString()) : QString();
        item->setText(title.isEmpty() ? tr("%1 (not in this archive)").arg(item->data(kDocIdRole).toString()) : title);
    }
    refreshSaved();
    updateActions();
}

void PacketPanel::addDocument(const QString &docId)
{
    if (docId.isEmpty() || documentIds().contains(docId))
        return;
    const QString title = m_titleOf ? m_titleOf(docId) : QString();
    auto *item = new QListWidgetItem(title.isEmpty() ? tr("%1 (not in this archive)").arg(docId) : title);
    item->setData(kDocIdRole, docId);
    item->setToolTip(docId);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    m_list->addItem(item);
}

QStringList PacketPanel::documentIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(kDocIdRole).toString());
    return ids;
}

Export::PacketSpec PacketPanel::spec() const
{
    Export::PacketSpec s;
    s.title = m_title->text().trimmed();
    s.subtitle = m_subtitle->text().trimmed();
    s.organisation = m_organisation->text().trimmed();
    s.language = kLanguages[std::clamp(m_language->currentIndex(), 0, int(std::size(kLanguages)) - 1)];
    s.paper = m_paper->currentIndex() == 1 ? Export::PacketSpec::Paper::Letter : Export::PacketSpec::Paper::A4;
    s.docIds = documentIds();
    return s;
}

void PacketPanel::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
}

void PacketPanel::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void PacketPanel::refreshSaved()
{
    m_savedBox->clear();
    m_savedBox->addItem(tr("(unsaved packet)"), qint64(0));
    if (m_userData && !m_archiveId.isEmpty()) {
        for (const Core::SavedPacket &p : m_userData->packets(m_archiveId))
            m_savedBox->addItem(p.title.isEmpty() ? tr("Untitled packet") : p.title, p.id);
    }
    const int index = m_savedBox->findData(m_packetId);
    m_savedBox->setCurrentIndex(index >= 0 ? index : 0);
}

void PacketPanel::openSaved(int index)
{
    const qint64 id = m_savedBox->itemData(index).toLongLong();
    const auto packet = m_userData && id > 0 ? m_userData->loadPacket(id) : std::nullopt;
    if (!packet)
        return;
    m_packetId = packet->id;
    m_title->setText(packet->title);
    m_subtitle->setText(packet->subtitle);
    m_organisation->setText(packet->organisation);
    Export::PacketSpec options;
    options.setOptionsFromJson(packet->options);
    m_language->setCurrentIndex(
        int(std::find(std::begin(kLanguages), std::end(kLanguages), options.language) - std::begin(kLanguages)));
    m_paper->setCurrentIndex(options.paper == Export::PacketSpec::Paper::Letter ? 1 : 0);
    m_list->clear();
    for (const QString &id : packet->docIds)
        addDocument(id);
    setStatus({});
    updateActions();
}

void PacketPanel::newPacket()
{
    m_packetId = 0;
    m_title->clear();
    m_subtitle->clear();
    m_organisation->clear();
    m_list->clear();
    m_savedBox->setCurrentIndex(0);
    setStatus({});
}

void PacketPanel::savePacket()
{
    if (!m_userData || m_archiveId.isEmpty())
        return;
    const Export::PacketSpec s = spec();
    Core::SavedPacket packet;
    packet.id = m_packetId;
    packet.archiveId = m_archiveId;
    packet.title = s.title;
    packet.subtitle = s.subtitle;
    packet.organisation = s.organisation;
    packet.options = s.optionsToJson();
    packet.docIds = s.docIds;
    if (!m_userData->savePacket(packet)) {
        //: %1 is the database's own message
        setStatus(tr("The packet could not be saved: %1").arg(m_userData->errorString()), true);
        return;
    }
    m_packetId = packet.id;
    refreshSaved();
    setStatus(tr("Packet saved."));
}

void PacketPanel::deleteSaved()
{
    if (!m_userData || m_packetId <= 0)
        return;
    m_userData->deletePacket(m_packetId);
    m_packetId = 0;
    refreshSaved();
    setStatus(tr("Saved packet deleted; the documents stay in the list until you start a new packet."));
}

void PacketPanel::chooseFileAndExport()
{
    const QString name =
        (m_title->text().trimmed().isEmpty() ? tr("packet") : m_title->text().trimmed()) + QStringLiteral(".pdf");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export packet as PDF"), QDir(dir).filePath(name),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

bool PacketPanel::exportTo(const QString &path)
{
    m_outputPath = path;
    if (!m_exporter->start(m_archivePath, spec(), path)) {
        setStatus(m_exporter->errorString(), true);
        Q_EMIT exportFinished(false, path);
        return false;
    }
    m_progress->setRange(0, int(m_list->count()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Preparing…"));
    setStatus({});
    updateActions();
    return true;
}

bool PacketPanel::isExporting() const
{
    return m_exporter->isRunning();
}

void PacketPanel::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    //: %1 documents of %2 are printed
    m_progress->setFormat(done < total ? tr("Document %1 of %2").arg(done + 1).arg(total)
                                       : tr("Putting the PDF together…"));
}

void PacketPanel::onFinished(bool ok)
{
    if (ok)
        setStatus(tr("Saved %1 (%2 pages).").arg(QDir::toNativeSeparators(m_outputPath)).arg(m_exporter->pageCount()));
    else if (m_exporter->wasCancelled())
        setStatus(tr("Export cancelled; no file was written."));
    else
        setStatus(m_exporter->errorString(), true);
    updateActions();
    Q_EMIT exportFinished(ok, m_outputPath);
}

void PacketPanel::updateActions()
{
    const bool running = m_exporter->isRunning();
    const bool hasDocs = m_list->count() > 0;
    m_exportButton->setEnabled(!running && hasDocs && !m_archivePath.isEmpty());
    m_cancelButton->setVisible(running);
    m_progress->setVisible(running);
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_upButton->setEnabled(m_list->currentRow() > 0);
    m_downButton->setEnabled(m_list->currentRow() >= 0 && m_list->currentRow() < m_list->count() - 1);
    m_saveButton->setEnabled(m_userData && !m_archiveId.isEmpty());
    m_deleteButton->setEnabled(m_userData && m_packetId > 0);
}

void PacketPanel::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;")
                                    : QString());
}

} // namespace Ss::Ui
