// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The tree model matches the archive's tree: four sections in order, children in order, counts.
#include <core/archive/archivereader.h>
#include <ui/archivetreemodel.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace Ss;

class TestArchiveTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapeMatchesArchive()
    {
        Core::ArchiveReader reader;
        QVERIFY2(reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(reader.errorString()));
        Ui::ArchiveTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArchive(&reader, QStringLiteral("en"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(Ui::ArchiveTreeModel::DocIdRole).toString(), QStringLiteral("model-policies"));
        QCOMPARE(model.index(3, 0).data(Ui::ArchiveTreeModel::DocIdRole).toString(), QStringLiteral("cooperation"));
        int total = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                const int node = model.nodeOf(i);
                QCOMPARE(model.rowCount(i), int(reader.nodes().at(node).children.size()));
                QCOMPARE(model.indexOfNode(node), i);
                QCOMPARE(model.parent(i), parent);
                ++total;
                walk(i);
            }
        };
        walk({});
        QCOMPARE(total, int(reader.nodes().size()));
        const QModelIndex cities = model.index(2, 0);
        QCOMPARE(cities.data().toString(), QStringLiteral("Data on Overseas Cities (31)"));
        model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("해외도시 정보 (31)"));
    }
};

QTEST_MAIN(TestArchiveTreeModel)
#include "tst_archivetreemodel.moc"
