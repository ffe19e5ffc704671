// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <sync/proposalattachment.h>

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Ss::Ui {

/*! \brief The attachment area of the proposal form: the files with their sizes, Add… (or drop files on it) and
 * Remove, the limits, and the message of a refused file. It only shows and asks: ProposalEditor checks and stores. */
class AttachmentsField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsField)

public:
    explicit AttachmentsField(QWidget *parent = nullptr);
    ~AttachmentsField() override;

    void setAttachments(const QList<Sync::ProposalAttachment> &attachments, const QString &usageText);
    void setLimitsText(const QString &text);
    //! The message of a refused file or of the attachments' validation; empty hides it.
    void setMessage(const QString &text);
    QString message() const;
    void setReadOnly(bool readOnly);
    int count() const;

Q_SIGNALS:
    void filesChosen(const QStringList &paths);
    void removeRequested(int index);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void chooseFiles();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_limits;
    QLabel *m_usage;
    QLabel *m_message;
    bool m_isReadOnly = false;
};

} // namespace Ss::Ui
