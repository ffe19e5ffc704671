// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Ss::Ui {

/*! \brief The toolbar's search field: title suggestions after each keystroke, Enter for results.
 *
 * The text an input method is still composing counts: typing 교통 asks for suggestions for 교,
 * then 교통, as the syllables appear, not one syllable late when the composition is committed. */
class SearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    //! The text including the input method's pre-edit string.
    QString typedText() const;
    //! Shows \a titles under the field (ids are returned by suggestionChosen()).
    void setSuggestions(const QStringList &titles, const QStringList &ids);
    //! The suggestions shown now (titles).
    QStringList suggestions() const;

Q_SIGNALS:
    void typing(const QString &text);
    void searchRequested(const QString &text);
    void suggestionChosen(const QString &docId);

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_preedit;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QStringList m_ids;
};

} // namespace Ss::Ui
