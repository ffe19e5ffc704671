// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "proposaleditor.h"

#include "attachmentcheck.h"
#include "attachmentsfield.h"
#include "draftstatustext.h"
#include "markdownpreview.h"

#include <sync/autosaver.h>
#include <sync/draftstore.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Ss::Ui {

using Sync::ProposalDraft;
using Sync::ProposalStatus;

namespace {
constexpr int kPreviewDelayMs = 150;
constexpr int kDocIdRole = Qt::UserRole + 1;

void makeCompleting(QComboBox *box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert); // free text is kept as typed, not added to the choices
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

// Replaces the items of an editable combo box without touching what the user typed.
void setItemsKeepingText(QComboBox *box, const QStringList &items, const QStringList &data = {})
{
    const QString text = box->currentText();
    box->clear();
    for (int i = 0; i < items.size(); ++i)
        box->addItem(items.at(i), data.value(i));
    box->setCurrentIndex(-1);
    box->setEditText(text);
}
} // namespace

ProposalEditor::ProposalEditor(Sync::DraftStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_autosaver(new Sync::Autosaver(store, this))
    , m_validation(store->limits())
{
    buildForm();
    connectEdits();
    connect(m_autosaver, &Sync::Autosaver::saved, this, [this](qint64 id) {
        setSaveState(SaveState::Saved);
        Q_EMIT draftSaved(id);
    });
    connect(m_autosaver, &Sync::Autosaver::saveFailed, this,
            [this](const QString &message) { setSaveState(SaveState::Failed, message); });
    connect(m_store, &Sync::DraftStore::draftChanged, this, &ProposalEditor::onStoreChanged);
    setPolicyAreas({});
    retranslate();
    applyMessageColour();
    populate(ProposalDraft());
}

ProposalEditor::~ProposalEditor()
{
    m_autosaver->flush(); // before the widgets go: nothing typed is lost when the window closes
}

void ProposalEditor::buildForm()
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_saveIndicator = new QLabel(this);
    m_saveIndicator->setForegroundRole(QPalette::PlaceholderText);
    m_requiredNote = new QLabel(this);
    m_requiredNote->setForegroundRole(QPalette::PlaceholderText);
    m_withdrawButton = new QPushButton(this);
    m_duplicateButton = new QPushButton(this);
    m_submitButton = new QPushButton(this);
    m_submitButton->setDefault(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_saveIndicator);
    header->addStretch();
    header->addWidget(m_withdrawButton);
    header->addWidget(m_duplicateButton);
    header->addWidget(m_submitButton);

    m_form = new QWidget;
    m_title = new QLineEdit(m_form);
    m_organisation = new QLineEdit(m_form);
    m_contactName = new QLineEdit(m_form);
    m_contactEmail = new QLineEdit(m_form);
    m_contactEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_contactPhone = new QLineEdit(m_form);
    m_contactPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_country = new QComboBox(m_form);
    makeCompleting(m_country);
    m_city = new QComboBox(m_form);
    makeCompleting(m_city);
    m_policyArea = new QComboBox(m_form);
    m_language = new QComboBox(m_form);
    // Language names in their own language (as in every language menu): not translated.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_summary = new QPlainTextEdit(m_form);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 5);
    m_body = new QPlainTextEdit(m_form);
    m_body->setTabChangesFocus(false);
    m_preview = new MarkdownPreview(m_form);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    auto *bodySplit = new QSplitter(Qt::Horizontal, m_form);
    bodySplit->addWidget(m_body);
    bodySplit->addWidget(m_preview);
    bodySplit->setChildrenCollapsible(false);
    bodySplit->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 16);
    m_related = new QListWidget(m_form);
    m_related->setMaximumHeight(m_related->fontMetrics().height() * 6);
    m_removeRelated = new QPushButton(m_form);
    m_relatedHint = new QLabel(m_form);
    m_relatedHint->setWordWrap(true);
    m_relatedHint->setForegroundRole(QPalette::PlaceholderText);
    m_attachments = new AttachmentsField(m_form);

    m_fieldWidgets = {
        {Field::Title, m_title},           {Field::Organisation, m_organisation}, {Field::ContactName, m_contactName},
        {Field::ContactEmail, m_contactEmail}, {Field::ContactPhone, m_contactPhone}, {Field::Country, m_country},
        {Field::City, m_city},             {Field::PolicyArea, m_policyArea},     {Field::Summary, m_summary},
        {Field::Body, m_body},             {Field::Language, m_language},         {Field::Attachments, m_attachments},
    };

    // What each row shows: the input itself, except the body, which sits beside its preview.
    QHash<Field, QWidget *> rowWidgets = m_fieldWidgets;
    rowWidgets[Field::Body] = bodySplit;
    // One form for every section, so that all labels line up; section titles and lists span both columns.
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto title = [&] {
        QLabel *label = sectionTitle(m_form);
        m_groupTitles.append(label);
        form->addRow(label);
        return label;
    };
    auto section = [&](std::initializer_list<Field> fields) {
        title();
        for (Field f : fields) {
            auto *label = new QLabel(m_form);
            label->setBuddy(m_fieldWidgets.value(f));
            form->addRow(label, withMessage(rowWidgets.value(f), f));
            m_rows[f].label = label;
        }
    };
    section({Field::Title, Field::Organisation, Field::PolicyArea, Field::Language});
    section({Field::ContactName, Field::ContactEmail, Field::ContactPhone});
    section({Field::Country, Field::City});
    section({Field::Summary, Field::Body});
    // Related documents: no validation of their own.
    m_relatedLabel = title();
    form->addRow(m_related);
    auto *relatedButtons = new QHBoxLayout;
    relatedButtons->addWidget(m_relatedHint, 1);
    relatedButtons->addWidget(m_removeRelated, 0, Qt::AlignTop);
    form->addRow(relatedButtons);
    m_rows[Field::Attachments].label = title();
    form->addRow(m_attachments);
    form->addRow(m_requiredNote);

    for (Field f : {Field::Title, Field::Organisation, Field::ContactName, Field::ContactEmail, Field::Country,
                    Field::PolicyArea, Field::Summary, Field::Body, Field::Language})
        m_rows[f].isRequired = true;

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(header);
    outer->addWidget(m_banner);
    outer->addWidget(m_scroll, 1);
}

QWidget *ProposalEditor::withMessage(QWidget *input, Field field)
{
    if (field == Field::Attachments)
        return input; // AttachmentsField shows its own message
    auto *box = new QWidget(m_form);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *message = new QLabel(box);
    message->setObjectName(QStringLiteral("fieldMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->hide();
    layout->addWidget(message);
    m_rows[field].message = message;
    return box;
}

void ProposalEditor::connectEdits()
{
    auto line = [this](QLineEdit *edit, Field field, QString ProposalDraft::*member) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field, member](const QString &text) { this->edit(field, [&](ProposalDraft &d) { d.*member = text; }); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
    };
    line(m_title, Field::Title, &ProposalDraft::title);
    line(m_organisation, Field::Organisation, &ProposalDraft::organisation);
    line(m_contactName, Field::ContactName, &ProposalDraft::contactName);
    line(m_contactEmail, Field::ContactEmail, &ProposalDraft::contactEmail);
    line(m_contactPhone, Field::ContactPhone, &ProposalDraft::contactPhone);

    connect(m_country, &QComboBox::editTextChanged, this, [this](const QString &text) {
        edit(Field::Country, [&](ProposalDraft &d) { d.country = text; });
        if (!m_isLoading)
            fillCities();
    });
    connect(m_country->lineEdit(), &QLineEdit::editingFinished, this, [this] { touch(Field::Country); });
    connect(m_city, &QComboBox::editTextChanged, this, &ProposalEditor::applyCityText);
    connect(m_city->lineEdit(), &QLineEdit::editingFinished, this, [this] { touch(Field::City); });
    connect(m_policyArea, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString key = m_policyArea->itemData(index).toString();
        edit(Field::PolicyArea, [&](ProposalDraft &d) { d.policyArea = key; });
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString lang = m_language->itemData(index).toString();
        edit(Field::Language, [&](ProposalDraft &d) { d.language = lang; });
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        edit(Field::Summary, [text = m_summary->toPlainText()](ProposalDraft &d) { d.summary = text; });
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        edit(Field::Body, [text = m_body->toPlainText()](ProposalDraft &d) { d.body = text; });
        m_previewTimer->start();
    });
    connect(m_previewTimer, &QTimer::timeout, this, [this] { m_preview->setMarkdownText(m_body->toPlainText()); });
    m_summary->installEventFilter(this);
    m_body->installEventFilter(this);

    connect(m_related, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT openDocumentRequested(item->data(kDocIdRole).toString()); });
    connect(m_related, &QListWidget::itemSelectionChanged, this, &ProposalEditor::updateReadOnly);
    connect(m_removeRelated, &QPushButton::clicked, this, &ProposalEditor::removeSelectedRelated);
    auto *del = new QShortcut(QKeySequence::Delete, m_related, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ProposalEditor::removeSelectedRelated);
    connect(m_attachments, &AttachmentsField::filesChosen, this, &ProposalEditor::addAttachmentFiles);
    connect(m_attachments, &AttachmentsField::removeRequested, this, &ProposalEditor::removeAttachment);

    connect(m_submitButton, &QPushButton::clicked, this, &ProposalEditor::requestSubmit);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ProposalEditor::withdraw);
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(draftId()); });
}

bool ProposalEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_summary)
            touch(Field::Summary);
        else if (watched == m_body)
            touch(Field::Body);
    }
    return QWidget::eventFilter(watched, event);
}

void ProposalEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyMessageColour();
    QWidget::changeEvent(event);
}

void ProposalEditor::applyMessageColour()
{
    // Red that reads on light and dark palettes alike.
    const bool isDark = palette().color(QPalette::Window).lightness() < 128;
    const QString colour = isDark ? QStringLiteral("#ff8a80") : QStringLiteral("#b71c1c");
    const QString sheet = QStringLiteral("QLabel#fieldMessage { color: %1; }").arg(colour);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void ProposalEditor::retranslate()
{
    const QStringList sections = {tr("Proposal"), tr("Contact"), tr("Place"), tr("Content"),
                                  tr("Related documents"), tr("Attachments")};
    for (int i = 0; i < m_groupTitles.size() && i < sections.size(); ++i)
        m_groupTitles.at(i)->setText(sections.at(i));
    const QHash<Field, QString> labels = {
        {Field::Title, tr("&Title")},
        {Field::Organisation, tr("Proposing &organisation")},
        {Field::PolicyArea, tr("Policy &area")},
        {Field::Language, tr("Lan&guage")},
        {Field::ContactName, tr("&Name")},
        {Field::ContactEmail, tr("&E-mail")},
        {Field::ContactPhone, tr("&Phone")},
        {Field::Country, tr("Countr&y")},
        {Field::City, tr("C&ity")},
        {Field::Summary, tr("&Summary")},
        {Field::Body, tr("Proposal (&Markdown)")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const FieldRow &row = m_rows.value(it.key());
        if (row.label)
            row.label->setText(row.isRequired ? QStringLiteral("%1 *").arg(it.value()) : it.value());
    }
    m_requiredNote->setText(tr("* required before the proposal can be submitted"));
    m_title->setPlaceholderText(tr("What do you propose? (e.g. Bus rapid transit for Hanoi)"));
    m_organisation->setPlaceholderText(tr("Company, city government or institution"));
    m_contactName->setPlaceholderText(tr("Who the city can contact"));
    m_contactEmail->setPlaceholderText(tr("name@example.org"));
    m_contactPhone->setPlaceholderText(tr("+82 2 120 1234 (optional)"));
    m_country->lineEdit()->setPlaceholderText(tr("Choose from the list or type"));
    m_city->lineEdit()->setPlaceholderText(tr("Choose from the list or type (optional)"));
    m_summary->setPlaceholderText(tr("The proposal in a few sentences."));
    m_body->setPlaceholderText(tr("## Background\nWhat the situation is…\n\n## Proposal\n- First step\n- Second step"));
    m_preview->setPlaceholderText(tr("Preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_removeRelated->setText(tr("Remove"));
    m_relatedHint->setText(tr("Add documents from the archive with “Add to Proposal”. Double-click one to read it."));
    m_withdrawButton->setText(tr("&Withdraw"));
    m_withdrawButton->setToolTip(tr("Take the proposal back to drafts; possible until sending has started."));
    m_duplicateButton->setText(tr("&Duplicate as New Draft"));
    m_submitButton->setText(tr("Su&bmit…"));
    m_submitButton->setToolTip(tr("Queue the proposal; it is sent as soon as the portal can be reached."));
    // The policy-area placeholder and the messages are made from the current language.
    if (m_policyArea->count() > 0 && m_policyArea->itemData(0).toString().isEmpty())
        m_policyArea->setItemText(0, tr("Choose a policy area…"));
    m_attachments->setLimitsText(m_validation.validator().limitsText());
    refreshAttachments();
    updateMessages();
    updateBanner();
    setSaveState(m_saveState, m_saveDetail);
}

// Drafts --------------------------------------------------------------------------------------------------------

qint64 ProposalEditor::draftId() const
{
    return m_hasDraft ? m_autosaver->draft().id : 0;
}

bool ProposalEditor::isEditable() const
{
    return m_hasDraft && m_autosaver->draft().isEditable();
}

const ProposalDraft &ProposalEditor::draft() const
{
    return m_autosaver->draft();
}

bool ProposalEditor::flush()
{
    return m_autosaver->flush();
}

bool ProposalEditor::openDraft(qint64 id)
{
    m_autosaver->flush();
    const std::optional<ProposalDraft> d = m_store->draft(id);
    if (!d) {
        closeDraft();
        return false;
    }
    const bool isOther = !m_hasDraft || m_autosaver->draft().id != id;
    m_hasDraft = true;
    if (isOther) {
        m_validation.reset();
        m_attachmentError.clear();
    }
    populate(*d);
    setSaveState(SaveState::Saved);
    return true;
}

void ProposalEditor::closeDraft()
{
    m_autosaver->flush();
    m_hasDraft = false;
    m_validation.reset();
    m_attachmentError.clear();
    populate(ProposalDraft());
    setSaveState(SaveState::None);
}

void ProposalEditor::populate(const ProposalDraft &d)
{
    m_isLoading = true;
    m_autosaver->setDraft(d);
    m_title->setText(d.title);
    m_organisation->setText(d.organisation);
    m_contactName->setText(d.contactName);
    m_contactEmail->setText(d.contactEmail);
    m_contactPhone->setText(d.contactPhone);
    m_country->setEditText(d.country);
    fillCities();
    m_city->setEditText(d.city);
    int area = m_policyArea->findData(d.policyArea);
    if (area < 0 && !d.policyArea.isEmpty()) { // an area this archive does not list: keep it
        m_policyArea->addItem(d.policyArea, d.policyArea);
        area = m_policyArea->count() - 1;
    }
    m_policyArea->setCurrentIndex(qMax(0, area));
    m_language->setCurrentIndex(qMax(0, m_language->findData(d.language)));
    m_summary->setPlainText(d.summary);
    m_body->setPlainText(d.body);
    m_preview->setMarkdownText(d.body);
    m_isLoading = false;
    refreshRelated();
    refreshAttachments();
    updateReadOnly();
    updateBanner();
    updateMessages();
    m_form->setEnabled(m_hasDraft);
}

void ProposalEditor::onStoreChanged(qint64 id)
{
    // The sync engine changed the open draft's status (sent, answered, returned): show it. Our own saves change
    // nothing the form does not already show.
    if (!m_hasDraft || id != m_autosaver->draft().id || m_autosaver->isDirty())
        return;
    const std::optional<ProposalDraft> stored = m_store->draft(id);
    if (!stored) {
        closeDraft();
        return;
    }
    const ProposalDraft &mine = m_autosaver->draft();
    if (stored->status != mine.status || stored->serverReply != mine.serverReply
        || stored->serverStatus != mine.serverStatus || stored->lastError != mine.lastError
        || stored->sentAt != mine.sentAt)
        populate(*stored);
}

void ProposalEditor::edit(Field field, const std::function<void(ProposalDraft &)> &change)
{
    if (m_isLoading || !isEditable())
        return;
    m_autosaver->change(change);
    m_validation.touch(field);
    setSaveState(SaveState::Saving);
    updateMessages();
}

void ProposalEditor::touch(Field field)
{
    if (m_isLoading || !isEditable() || m_validation.isTouched(field))
        return;
    m_validation.touch(field);
    updateMessages();
}

// Choices -------------------------------------------------------------------------------------------------------

void ProposalEditor::setCityChoices(const QList<CityChoice> &cities)
{
    m_cities = cities;
    const bool wasLoading = std::exchange(m_isLoading, true);
    fillCountries();
    fillCities();
    m_isLoading = wasLoading;
}

void ProposalEditor::fillCountries()
{
    setItemsKeepingText(m_country, CityChoice::countries(m_cities, QLocale().name().left(2)));
}

void ProposalEditor::fillCities()
{
    // The cities of the country typed, when it is one of the archive's; else every city.
    const QString country = m_country->currentText().trimmed();
    const bool isKnown = std::any_of(m_cities.cbegin(), m_cities.cend(), [&](const CityChoice &c) {
        return c.country.compare(country, Qt::CaseInsensitive) == 0;
    });
    QStringList names, ids;
    for (const CityChoice &c : std::as_const(m_cities)) {
        if (!isKnown || c.country.compare(country, Qt::CaseInsensitive) == 0) {
            names.append(c.name);
            ids.append(c.docId);
        }
    }
    const bool wasLoading = std::exchange(m_isLoading, true);
    setItemsKeepingText(m_city, names, ids);
    m_isLoading = wasLoading;
}

void ProposalEditor::applyCityText(const QString &text)
{
    if (m_isLoading || !isEditable())
        return;
    // A city of the archive when the text names one (of the country given, if any); else free text.
    const QString country = m_country->currentText().trimmed();
    const CityChoice *match = nullptr;
    for (const CityChoice &c : std::as_const(m_cities)) {
        if (c.name.compare(text.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (country.isEmpty() || c.country.compare(country, Qt::CaseInsensitive) == 0) {
            match = &c;
            break;
        }
    }
    const QString docId = match ? match->docId : QString();
    edit(Field::City, [&](ProposalDraft &d) {
        d.city = text;
        d.cityDocId = docId;
    });
    if (match && country.isEmpty() && !match->country.isEmpty()) {
        const bool wasLoading = std::exchange(m_isLoading, true);
        m_country->setEditText(match->country);
        m_isLoading = wasLoading;
        edit(Field::Country, [c = match->country](ProposalDraft &d) { d.country = c; });
    }
}

void ProposalEditor::setPolicyAreas(const QList<PolicyAreaChoice> &areas)
{
    m_areas = areas;
    const bool wasLoading = std::exchange(m_isLoading, true);
    m_policyArea->clear();
    m_policyArea->addItem(tr("Choose a policy area…"), QString());
    for (const PolicyAreaChoice &a : areas)
        m_policyArea->addItem(a.label, a.key);
    const QString current = m_autosaver->draft().policyArea;
    int index = m_policyArea->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_policyArea->addItem(current, current);
        index = m_policyArea->count() - 1;
    }
    m_policyArea->setCurrentIndex(qMax(0, index));
    m_isLoading = wasLoading;
}

// Related documents and attachments ----------------------------------------------------------------------------

bool ProposalEditor::addRelatedDocument(const QString &docId, const QString &title)
{
    if (!isEditable() || docId.isEmpty())
        return false;
    const QList<Sync::RelatedDocument> &related = m_autosaver->draft().relatedDocuments;
    for (int i = 0; i < related.size(); ++i) {
        if (related.at(i).docId == docId) {
            m_related->setCurrentRow(i); // already there: show it
            return true;
        }
    }
    m_autosaver->change([&](ProposalDraft &d) { d.relatedDocuments.append({m_archiveId, docId, title}); });
    setSaveState(SaveState::Saving);
    refreshRelated();
    m_related->setCurrentRow(m_related->count() - 1);
    return true;
}

void ProposalEditor::removeSelectedRelated()
{
    if (!isEditable())
        return;
    QList<int> rows;
    for (const QListWidgetItem *item : m_related->selectedItems())
        rows.append(m_related->row(item));
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_autosaver->change([&](ProposalDraft &d) {
        for (int row : std::as_const(rows))
            d.relatedDocuments.removeAt(row);
    });
    setSaveState(SaveState::Saving);
    refreshRelated();
}

void ProposalEditor::refreshRelated()
{
    m_related->clear();
    for (const Sync::RelatedDocument &r : m_autosaver->draft().relatedDocuments) {
        auto *item = new QListWidgetItem(r.title.isEmpty() ? r.docId : r.title, m_related);
        item->setData(kDocIdRole, r.docId);
        item->setToolTip(r.docId);
    }
    updateReadOnly();
}

bool ProposalEditor::addAttachmentFiles(const QStringList &paths)
{
    if (!isEditable())
        return false;
    QStringList refused;
    for (const QString &path : paths) {
        QString error;
        std::optional<Sync::ProposalAttachment> a =
            AttachmentCheck::load(path, m_autosaver->draft(), m_store->limits(), &error);
        if (!a) {
            refused.append(error);
            continue;
        }
        m_autosaver->change([&](ProposalDraft &d) { d.attachments.append(*a); });
        setSaveState(SaveState::Saving);
    }
    m_attachmentError = refused.join(u'\n');
    m_validation.touch(Field::Attachments);
    refreshAttachments();
    updateMessages();
    return refused.isEmpty();
}

void ProposalEditor::removeAttachment(int index)
{
    if (!isEditable() || index < 0 || index >= m_autosaver->draft().attachments.size())
        return;
    m_autosaver->change([index](ProposalDraft &d) { d.attachments.removeAt(index); });
    m_attachmentError.clear();
    setSaveState(SaveState::Saving);
    refreshAttachments();
    updateMessages();
}

void ProposalEditor::refreshAttachments()
{
    m_attachments->setAttachments(m_autosaver->draft().attachments,
                                  AttachmentCheck::usageText(m_autosaver->draft(), m_store->limits()));
}

// State ---------------------------------------------------------------------------------------------------------

QString ProposalEditor::fieldMessage(Field field) const
{
    if (field == Field::Attachments)
        return m_attachments->message();
    const QLabel *label = m_rows.value(field).message;
    return label && !label->isHidden() ? label->text() : QString();
}

void ProposalEditor::updateMessages()
{
    const QHash<Field, QStringList> messages =
        m_hasDraft && isEditable() ? m_validation.visibleMessages(m_autosaver->draft()) : QHash<Field, QStringList>();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString text = messages.value(it.key()).join(u'\n');
        if (it.key() == Field::Attachments) {
            QStringList parts;
            if (!m_attachmentError.isEmpty())
                parts.append(m_attachmentError);
            if (!text.isEmpty())
                parts.append(text);
            m_attachments->setMessage(parts.join(u'\n'));
            continue;
        }
        if (!it->message)
            continue;
        it->message->setText(text);
        // setVisible on a hidden parent would not make isVisible() true: track the intent with isHidden().
        it->message->setHidden(text.isEmpty());
        if (QWidget *input = m_fieldWidgets.value(it.key()))
            input->setAccessibleDescription(text);
    }
}

void ProposalEditor::updateBanner()
{
    const ProposalDraft &d = m_autosaver->draft();
    QString text;
    if (!m_hasDraft)
        text = tr("No proposal is open. Create a new one or choose one from the list.");
    else if (!d.isEditable() || !d.lastError.isEmpty())
        text = DraftStatusText::details(DraftStatusText::summaryOf(d));
    m_banner->setText(text);
    m_banner->setHidden(text.isEmpty());
}

void ProposalEditor::updateReadOnly()
{
    const bool editable = isEditable();
    for (QLineEdit *e : {m_title, m_organisation, m_contactName, m_contactEmail, m_contactPhone})
        e->setReadOnly(!editable);
    for (QPlainTextEdit *e : {m_summary, m_body})
        e->setReadOnly(!editable);
    for (QComboBox *c : {m_country, m_city, m_policyArea, m_language})
        c->setEnabled(editable);
    m_attachments->setReadOnly(!editable);
    m_removeRelated->setEnabled(editable && !m_related->selectedItems().isEmpty());
    const ProposalStatus status = m_autosaver->draft().status;
    m_submitButton->setVisible(m_hasDraft && editable);
    m_withdrawButton->setVisible(m_hasDraft && status == ProposalStatus::Queued);
    m_duplicateButton->setVisible(m_hasDraft && !editable);
    m_requiredNote->setVisible(editable);
}

QString ProposalEditor::saveStateText() const
{
    return m_saveIndicator->text();
}

void ProposalEditor::setSaveState(SaveState state, const QString &detail)
{
    m_saveState = state;
    m_saveDetail = detail;
    QString text, tip;
    switch (state) {
    case SaveState::None:
        break;
    case SaveState::Saving:
        text = tr("Saving…");
        break;
    case SaveState::Saved:
        if (m_hasDraft && isEditable()) {
            text = tr("Saved");
            //: %1 date and time of the last save
            tip = tr("All changes are saved on this computer (last saved %1).")
                      .arg(DraftStatusText::dateTime(m_autosaver->draft().updated));
        } else if (m_hasDraft) {
            text = tr("Read-only");
            tip = tr("A submitted proposal can no longer be changed.");
        }
        break;
    case SaveState::Failed:
        text = tr("Not saved");
        //: %1 the reason; the text stays in the form and is saved again
        tip = tr("Your changes could not be saved yet: %1. They are kept and saving is retried.").arg(detail);
        break;
    }
    m_saveIndicator->setText(text);
    m_saveIndicator->setToolTip(tip);
    m_saveIndicator->setForegroundRole(state == SaveState::Failed ? QPalette::WindowText : QPalette::PlaceholderText);
}

// Actions -------------------------------------------------------------------------------------------------------

bool ProposalEditor::submit()
{
    if (!isEditable())
        return false;
    m_autosaver->flush();
    m_validation.showAll();
    updateMessages();
    const QList<Sync::ProposalValidator::Issue> issues = m_validation.allIssues(m_autosaver->draft());
    if (!issues.isEmpty()) {
        if (QWidget *first = m_fieldWidgets.value(issues.first().field)) {
            m_scroll->ensureWidgetVisible(first);
            first->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    const qint64 id = m_autosaver->draft().id;
    if (m_autosaver->isDirty() || !m_store->submit(id)) {
        QMessageBox::warning(this, tr("Submit Proposal"),
                             //: %1 the reason
                             tr("The proposal could not be submitted: %1").arg(m_store->errorString()));
        return false;
    }
    openDraft(id); // now queued: read-only, with its status
    Q_EMIT submitted(id);
    return true;
}

bool ProposalEditor::requestSubmit()
{
    if (!isEditable())
        return false;
    m_autosaver->flush();
    if (!m_validation.allIssues(m_autosaver->draft()).isEmpty())
        return submit(); // shows the messages; nothing to confirm yet
    const auto answer = QMessageBox::question(
        this, tr("Submit Proposal"),
        tr("Submit “%1”? It is sent to the city's portal as soon as a connection is available, and can no longer "
           "be changed.")
            .arg(DraftStatusText::title(m_autosaver->draft().title)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    return answer == QMessageBox::Yes && submit();
}

void ProposalEditor::withdraw()
{
    const qint64 id = draftId();
    if (!m_store->withdraw(id)) {
        QMessageBox::information(this, tr("Withdraw Proposal"), m_store->errorString());
        return;
    }
    openDraft(id);
}

} // namespace Ss::Ui
