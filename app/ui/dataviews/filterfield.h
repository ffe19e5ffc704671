// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QLineEdit>

namespace Ss::Ui {

/*! \brief The text filter of a data table: filters while typing, Korean included.
 *
 * QLineEdit reports a Hangul syllable only once the input method commits it; this field also
 * reports the text being composed, so that the table narrows as each syllable appears. Escape
 * clears it. */
class FilterField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterField)
public:
    explicit FilterField(QWidget *parent = nullptr);

    //! The text including the input method's pre-edit string.
    QString typedText() const;

Q_SIGNALS:
    //! The typed text changed (by a keystroke, a composition step or clear()).
    void filterChanged(const QString &text);

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_preedit;
};

} // namespace Ss::Ui
