// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <core/search/searchresult.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace Ss::Core {
class SearchEngine;
class ArchiveReader;
} // namespace Ss::Core

namespace Ss::Ui {

/*! \brief The full results list: title, section and area, a snippet with the matched terms marked,
 * and filters by section, kind and language. Results in the interface language come first. */
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setArchive(Core::ArchiveReader *reader, Core::SearchEngine *engine);
    void setUiLanguage(const QString &lang);
    void search(const QString &query);
    QString query() const { return m_query; }
    const Core::SearchResults &results() const { return m_results; }

Q_SIGNALS:
    //! The user opened a hit: show \a docId in \a lang and highlight \a terms.
    void hitActivated(const QString &docId, const QString &lang, const QStringList &terms);
    //! The user asked for the actions on a hit (right-click): the window shows its document menu.
    void hitMenuRequested(const QString &docId, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rerun();
    void fillFilters();

    Core::ArchiveReader *m_reader = nullptr;
    Core::SearchEngine *m_engine = nullptr;
    QString m_uiLanguage;
    QString m_query;
    Core::SearchResults m_results;
    QComboBox *m_section;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLabel *m_status;
    QListWidget *m_list;
};

} // namespace Ss::Ui
