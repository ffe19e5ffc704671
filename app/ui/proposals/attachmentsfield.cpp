// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "attachmentsfield.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Ss::Ui {

AttachmentsField::AttachmentsField(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_limits(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_message(new QLabel(this))
{
    setAcceptDrops(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_limits->setWordWrap(true);
    m_limits->setForegroundRole(QPalette::PlaceholderText);
    m_usage->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_usage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_limits);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &AttachmentsField::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsField::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AttachmentsField::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AttachmentsField::removeSelected);
    retranslate();
    updateButtons();
}

AttachmentsField::~AttachmentsField() = default;

void AttachmentsField::retranslate()
{
    m_addButton->setText(tr("Add files…"));
    m_removeButton->setText(tr("Remove"));
    m_list->setToolTip(tr("Drop files here to attach them."));
    m_list->setAccessibleName(tr("Attachments"));
}

void AttachmentsField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttachmentsField::setAttachments(const QList<Sync::ProposalAttachment> &attachments, const QString &usageText)
{
    m_list->clear();
    for (const Sync::ProposalAttachment &a : attachments) {
        //: attachment list entry: %1 file name, %2 its size (e.g. "plan.pdf (1.2 MB)")
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(a.fileName, QLocale().formattedDataSize(a.size)));
        item->setToolTip(a.mimeType);
        m_list->addItem(item);
    }
    m_usage->setText(usageText);
    updateButtons();
}

void AttachmentsField::setLimitsText(const QString &text)
{
    m_limits->setText(text);
}

void AttachmentsField::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString AttachmentsField::message() const
{
    return m_message->text();
}

void AttachmentsField::setReadOnly(bool readOnly)
{
    m_isReadOnly = readOnly;
    setAcceptDrops(!readOnly);
    updateButtons();
}

int AttachmentsField::count() const
{
    return m_list->count();
}

void AttachmentsField::updateButtons()
{
    m_addButton->setEnabled(!m_isReadOnly);
    m_removeButton->setEnabled(!m_isReadOnly && !m_list->selectedItems().isEmpty());
}

void AttachmentsField::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach Files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!paths.isEmpty())
        Q_EMIT filesChosen(paths);
}

void AttachmentsField::removeSelected()
{
    if (m_isReadOnly)
        return;
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<>()); // bottom up: the indexes above stay valid
    for (int row : std::as_const(rows))
        Q_EMIT removeRequested(row);
}

void AttachmentsField::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_isReadOnly && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsField::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesChosen(paths);
    }
}

} // namespace Ss::Ui
