// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchpanel.h"

#include "searchresultdelegate.h"

#include <core/archive/archivereader.h>
#include <core/search/searchengine.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Ss::Ui {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_section(new QComboBox(this)), m_kind(new QComboBox(this)), m_language(new QComboBox(this)),
      m_status(new QLabel(this)), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_section, 2);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_language, 1);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    m_status->setWordWrap(true);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setWordWrap(true);
    for (QComboBox *box : {m_section, m_kind, m_language})
        connect(box, &QComboBox::activated, this, &SearchPanel::rerun);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT hitActivated(item->data(SearchResultDelegate::DocIdRole).toString(),
                            item->data(SearchResultDelegate::LangRole).toString(), m_results.highlightTerms);
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const QListWidgetItem *item = m_list->itemAt(pos))
            Q_EMIT hitMenuRequested(item->data(SearchResultDelegate::DocIdRole).toString(), m_list->viewport()->mapToGlobal(pos));
    });
    retranslateUi();
}

void SearchPanel::setArchive(Core::ArchiveReader *reader, Core::SearchEngine *engine)
{
    m_reader = reader;
    m_engine = engine;
    m_list->clear();
    m_results = {};
    fillFilters();
}

void SearchPanel::setUiLanguage(const QString &lang)
{
    m_uiLanguage = lang;
    fillFilters();
    if (!m_query.isEmpty())
        rerun();
}

void SearchPanel::search(const QString &query)
{
    m_query = query;
    rerun();
}

void SearchPanel::fillFilters()
{
    const QString section = m_section->currentData().toString();
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    if (m_reader) {
        for (int root : m_reader->roots()) {
            const Core::ArchiveNode &n = m_reader->nodes().at(root);
            m_section->addItem(n.title(m_uiLanguage, m_reader->metadata().defaultLanguage), n.docId);
            for (int child : n.children) {
                const Core::ArchiveNode &c = m_reader->nodes().at(child);
                if (c.isFolder)
                    m_section->addItem(QStringLiteral("   ") + c.title(m_uiLanguage, m_reader->metadata().defaultLanguage), c.docId);
            }
        }
    }
    m_section->setCurrentIndex(qMax(0, m_section->findData(section)));
}

void SearchPanel::rerun()
{
    m_list->clear();
    if (!m_engine || m_query.trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    Core::SearchOptions options;
    options.uiLanguage = m_uiLanguage;
    options.section = m_section->currentData().toString();
    options.kind = m_kind->currentData().toString();
    options.language = m_language->currentData().toString();
    options.limit = 50;
    options.snippets = 50;
    m_results = m_engine->search(m_query, options);
    switch (m_results.status) {
    case Core::SearchResults::Status::Ok:
        m_status->setText(tr("%n result(s) for “%1”", nullptr, int(m_results.hits.size())).arg(m_query));
        break;
    case Core::SearchResults::Status::Empty:
        m_status->setText(tr("No results for “%1”.").arg(m_query));
        break;
    default:
        m_status->setText(m_results.message);
        break;
    }
    for (const Core::SearchHit &hit : std::as_const(m_results.hits)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(SearchResultDelegate::DocIdRole, hit.docId);
        item->setData(SearchResultDelegate::LangRole, hit.lang);
        item->setData(Qt::DisplayRole, hit.title);
        QString where = hit.section;
        if (!hit.area.isEmpty())
            where += QStringLiteral(" › ") + hit.area;
        if (hit.lang != m_uiLanguage)
            where += QStringLiteral(" · ") + (hit.lang == u"ko" ? QStringLiteral("한국어") : QStringLiteral("English"));
        item->setData(SearchResultDelegate::WhereRole, where);
        item->setData(SearchResultDelegate::SnippetRole, hit.snippetHtml);
        item->setData(Qt::AccessibleTextRole, QString(hit.title + QStringLiteral(", ") + where));
    }
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslateUi()
{
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Policy manuals"), QStringLiteral("manual"));
    m_kind->addItem(tr("Related contents"), QStringLiteral("content"));
    m_kind->addItem(tr("Cities"), QStringLiteral("city"));
    m_kind->addItem(tr("Sharing activities"), QStringLiteral("activity"));
    m_kind->addItem(tr("Pages"), QStringLiteral("page"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    const QString lang = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("Both languages"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    m_section->setAccessibleName(tr("Section filter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_language->setAccessibleName(tr("Language filter"));
    m_list->setAccessibleName(tr("Search results"));
    fillFilters();
}

} // namespace Ss::Ui
