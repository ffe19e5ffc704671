// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace Ss::Core {
class CityFilterModel;
}

namespace Ss::Ui {

class FilterField;

/*! \brief The overseas cities as a sortable table, with a filter row above it: region,
 * relation, and a text that matches Korean and English names.
 *
 * The view does not own \a model (DataViewsWidget does); the filter widgets write to it and
 * follow it. Double-clicking (or Enter on) a row asks for the city's page. */
class CityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityView)
public:
    explicit CityView(Core::CityFilterModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *relationCombo() const { return m_relation; }
    FilterField *textField() const { return m_text; }

Q_SIGNALS:
    void openDocument(const QString &docId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &index);
    void retranslateUi();
    void updateCount();

    Core::CityFilterModel *m_model;
    QComboBox *m_region;
    QComboBox *m_relation;
    FilterField *m_text;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace Ss::Ui
