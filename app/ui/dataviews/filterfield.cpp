// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "filterfield.h"

#include <QInputMethodEvent>
#include <QKeyEvent>

namespace Ss::Ui {

FilterField::FilterField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, [this] { Q_EMIT filterChanged(typedText()); });
}

QString FilterField::typedText() const
{
    if (m_preedit.isEmpty())
        return text();
    const int cursor = cursorPosition();
    return text().left(cursor) + m_preedit + text().mid(cursor);
}

void FilterField::inputMethodEvent(QInputMethodEvent *event)
{
    const QString before = m_preedit;
    m_preedit = event->preeditString();
    // A commit changes text() and is reported by textChanged; only a new pre-edit is reported here.
    const QString oldText = text();
    QLineEdit::inputMethodEvent(event);
    if (m_preedit != before && text() == oldText)
        Q_EMIT filterChanged(typedText());
}

void FilterField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !typedText().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Ss::Ui
