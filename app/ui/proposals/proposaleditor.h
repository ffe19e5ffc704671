// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "citychoice.h"
#include "fieldvalidationstate.h"
#include "policyareachoice.h"

#include <sync/proposaldraft.h>
#include <sync/proposalvalidator.h>

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace Ss::Sync {
class Autosaver;
class DraftStore;
} // namespace Ss::Sync

namespace Ss::Ui {

class AttachmentsField;
class MarkdownPreview;

/*! \brief The proposal form: every field of a Sync::ProposalDraft, with inline validation and autosave.
 *
 * Each edit goes through Sync::Autosaver, so it is in the DraftStore within a second; the header shows "Saving…" /
 * "Saved". Validation messages (Sync::ProposalValidator's) appear next to a field once it was touched and update as
 * the user types; Submit shows them all. A draft that is no longer editable (queued, sent, answered) is shown
 * read-only with its status and the city's reply. The store must outlive the editor. */
class ProposalEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalEditor)

public:
    using Field = Sync::ProposalValidator::Field;

    explicit ProposalEditor(Sync::DraftStore *store, QWidget *parent = nullptr);
    ~ProposalEditor() override;

    //! Saves the open draft, then shows draft \a id; false (and nothing open) when it does not exist.
    bool openDraft(qint64 id);
    //! Saves the open draft and shows none.
    void closeDraft();
    bool hasDraft() const { return m_hasDraft; }
    qint64 draftId() const;
    bool isEditable() const;
    //! The draft as edited, including what is not saved yet.
    const Sync::ProposalDraft &draft() const;
    //! Saves pending edits now; true when nothing is left unsaved.
    bool flush();

    //! The cities the country and city boxes offer (CityChoice::fromArchive()).
    void setCityChoices(const QList<CityChoice> &cities);
    //! The policy areas the form offers, in this order.
    void setPolicyAreas(const QList<PolicyAreaChoice> &areas);
    //! The archive that related documents added from now on belong to.
    void setArchiveId(const QString &archiveId) { m_archiveId = archiveId; }
    /*! Attaches files; a file over a limit is refused and the message shown under the attachments.
     *  True when every file was attached. */
    bool addAttachmentFiles(const QStringList &paths);

    //! The messages shown next to \a field now (empty when none), for tests and accessibility.
    QString fieldMessage(Field field) const;
    //! The input widget of \a field.
    QWidget *fieldWidget(Field field) const { return m_fieldWidgets.value(field); }
    //! The text of the save indicator ("Saved", "Saving…").
    QString saveStateText() const;

public Q_SLOTS:
    //! Adds a document of the archive to the related documents (once); false when no editable draft is open.
    bool addRelatedDocument(const QString &docId, const QString &title);
    /*! Saves, validates and queues the draft for sending. Invalid: shows every message, focuses the first field
     *  and returns false. Does not ask for confirmation (requestSubmit() does). */
    bool submit();
    //! Asks the user to confirm, then submit().
    bool requestSubmit();
    void retranslate();

Q_SIGNALS:
    void openDocumentRequested(const QString &docId);
    void submitted(qint64 draftId);
    //! A read-only proposal should be copied into a new draft.
    void duplicateRequested(qint64 draftId);
    void draftSaved(qint64 draftId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class SaveState { None, Saved, Saving, Failed };
    struct FieldRow
    {
        QLabel *label = nullptr;
        QLabel *message = nullptr;
        bool isRequired = false;
    };

    void buildForm();
    QWidget *withMessage(QWidget *input, Field field);
    void connectEdits();
    void edit(Field field, const std::function<void(Sync::ProposalDraft &)> &change);
    void touch(Field field);
    void populate(const Sync::ProposalDraft &draft);
    void fillCountries();
    void fillCities();
    void applyCityText(const QString &text);
    void refreshRelated();
    void refreshAttachments();
    void removeSelectedRelated();
    void removeAttachment(int index);
    void updateMessages();
    void updateBanner();
    void updateReadOnly();
    void setSaveState(SaveState state, const QString &detail = {});
    void withdraw();
    void onStoreChanged(qint64 id);
    void applyMessageColour();

    Sync::DraftStore *m_store;
    Sync::Autosaver *m_autosaver;
    FieldValidationState m_validation;
    QList<CityChoice> m_cities;
    QList<PolicyAreaChoice> m_areas;
    QString m_archiveId;
    QString m_attachmentError; // the last refused file, until the next add or another draft
    QString m_saveDetail;
    SaveState m_saveState = SaveState::None;
    bool m_hasDraft = false;
    bool m_isLoading = false; // filling the widgets: their change signals are not edits

    QLabel *m_banner;
    QLabel *m_saveIndicator;
    QLabel *m_requiredNote;
    QPushButton *m_withdrawButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_submitButton;
    QScrollArea *m_scroll;
    QWidget *m_form;
    QList<QLabel *> m_groupTitles;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    QLineEdit *m_contactName;
    QLineEdit *m_contactEmail;
    QLineEdit *m_contactPhone;
    QComboBox *m_country;
    QComboBox *m_city;
    QComboBox *m_policyArea;
    QComboBox *m_language;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_body;
    MarkdownPreview *m_preview;
    QTimer *m_previewTimer;
    QListWidget *m_related;
    QPushButton *m_removeRelated;
    QLabel *m_relatedHint;
    AttachmentsField *m_attachments;
    QHash<Field, FieldRow> m_rows;
    QLabel *m_relatedLabel;
    QHash<Field, QWidget *> m_fieldWidgets;
};

} // namespace Ss::Ui
