// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEnginePage;
class QWebEngineFindTextResult;

namespace Ss::Ui {

//! Find in page: a field, match count, previous/next and close (Esc).
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);
    void setPage(QWebEnginePage *page);
    void activate();
    QString text() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Ss::Ui
