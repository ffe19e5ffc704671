// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "textmatch.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace Ss::Core {

/*! \brief A proxy that sorts by DataRole::SortRole: numbers numerically, text with the collation
 * of the content language (QCollator: 가나다 order for Korean, accent- and case-aware alphabetical
 * order for English, "Türkiye" between "Thailand" and "United Kingdom"), unknown values last, and
 * rows that compare equal by their source order, so that sorting is stable.
 *
 * It also holds the text filter (TextMatch over MatchKeyRole) that both data tables share;
 * subclasses add their own criteria in acceptsRow(). */
class LocaleSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocaleSortProxyModel)
public:
    explicit LocaleSortProxyModel(QObject *parent = nullptr);

    //! Collation for \a lang ("ko", "en", ...); re-sorts.
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }

    //! Keeps the rows whose names (any language) contain every word of \a text; "" keeps all.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    //! The subclass's own criteria; the text filter has already accepted the row.
    virtual bool acceptsRow(const QModelIndex &sourceIndex) const = 0;
    //! Applies a changed criterion: one layout change, not a signal per removed range.
    void refilter();

private:
    const QCollatorSortKey &sortKey(const QModelIndex &sourceIndex) const;
    void sourceChanged();
    bool accepts(int sourceRow) const;

    QString m_lang = QStringLiteral("en");
    QString m_text;
    TextMatch m_match;
    QCollator m_collator;
    // Collation keys of the text cells sorted so far, by column then source row: a sort compares
    // each row about log2(n) times, and a key compares as fast as bytes. Cleared whenever the
    // source or the language changes.
    mutable QHash<int, std::vector<std::optional<QCollatorSortKey>>> m_sortKeys;
    // Which source rows the criteria accepted when last applied: a keystroke that changes no
    // row (synth → synthe) then costs no layout change at all. Cleared when the source changes.
    QList<bool> m_accepted;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Ss::Core
