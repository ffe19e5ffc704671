// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QStringListModel>

namespace Ss::Ui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    // The suggestions are already what matches: show them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString id = m_ids.value(index.row());
        if (!id.isEmpty())
            Q_EMIT suggestionChosen(id);
    });
    connect(this, &QLineEdit::textEdited, this, [this] { Q_EMIT typing(typedText()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_completer->popup()->hide();
        Q_EMIT searchRequested(text());
    });
}

QString SearchField::typedText() const
{
    if (m_preedit.isEmpty())
        return text();
    const int cursor = cursorPosition();
    return text().left(cursor) + m_preedit + text().mid(cursor);
}

void SearchField::setSuggestions(const QStringList &titles, const QStringList &ids)
{
    m_ids = ids;
    m_model->setStringList(titles);
    if (titles.isEmpty() || !hasFocus())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

QStringList SearchField::suggestions() const
{
    return m_model->stringList();
}

void SearchField::inputMethodEvent(QInputMethodEvent *event)
{
    QLineEdit::inputMethodEvent(event);
    const QString before = m_preedit;
    m_preedit = event->preeditString();
    if (m_preedit != before || !event->commitString().isEmpty())
        Q_EMIT typing(typedText());
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()) {
        clear();
        Q_EMIT typing(QString());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Ss::Ui
