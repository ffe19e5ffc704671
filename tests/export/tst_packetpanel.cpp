// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The packet panel, offscreen and smoke-level: the list (add, no duplicates, reorder, remove),
// saving and reopening a packet, and Export with its progress bar and Cancel.
#include <core/archive/archivereader.h>
#include <core/userdata/userdatabase.h>
#include <ui/packets/packetpanel.h>
#include <web/urlscheme.h>
#include <export/headlessexport.h>
#include <export/packetexporter.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ss;

namespace {
const QString kBus = QStringLiteral("model-policies/transportation/bus-reform");
const QString kTMoney = QStringLiteral("model-policies/transportation/t-money");
const QString kTokyo = QStringLiteral("overseas-cities/asia/tokyo");

QToolButton *buttonWithTip(QWidget *w, const QString &tip)
{
    for (QToolButton *b : w->findChildren<QToolButton *>()) {
        if (b->toolTip() == tip)
            return b;
    }
    return nullptr;
}
} // namespace

class TestPacketPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Core::ArchiveReader m_reader;
    Core::UserDatabase m_db;

    std::unique_ptr<Ui::PacketPanel> makePanel()
    {
        auto panel = std::make_unique<Ui::PacketPanel>(&m_db, Export::HeadlessExport::viewerTemplate(),
                                                       QHash<QString, QByteArray>{});
        panel->setArchive(QStringLiteral(SS_BUNDLED_ARCHIVE), m_reader.metadata().id, [this](const QString &id) {
            const int node = m_reader.indexOf(id);
            return node < 0 ? QString() : m_reader.nodes().at(node).title(QStringLiteral("en"), QStringLiteral("ko"));
        });
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("user.sqlite"))));
    }

    void listSaveAndReopen()
    {
        auto panel = makePanel();
        auto *list = panel->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
        panel->addDocument(kBus);
        panel->addDocument(kTMoney);
        panel->addDocument(kTokyo);
        panel->addDocument(kBus); // already there
        QCOMPARE(panel->documentIds(), QStringList({kBus, kTMoney, kTokyo}));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Public Bus System Reform"));

        list->setCurrentRow(2);
        buttonWithTip(panel.get(), QStringLiteral("Move up"))->click();
        QCOMPARE(panel->documentIds(), QStringList({kBus, kTokyo, kTMoney}));
        list->setCurrentRow(0);
        list->item(0)->setSelected(true);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(panel->documentIds(), QStringList({kTokyo, kTMoney}));

        panel->findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("서울 연수"));
        panel->findChildren<QComboBox *>().at(1)->setCurrentIndex(2); // Korean, then English
        buttonWithTip(panel.get(), QStringLiteral("Save this packet to reopen it later"))->click();
        const QList<Core::SavedPacket> saved = m_db.packets(m_reader.metadata().id);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().docIds, QStringList({kTokyo, kTMoney}));

        // Reopened in a new panel, as after a restart.
        auto again = makePanel();
        auto *box = again->findChildren<QComboBox *>().at(0);
        QCOMPARE(box->count(), 2);
        box->setCurrentIndex(1);
        Q_EMIT box->activated(1);
        QCOMPARE(again->documentIds(), QStringList({kTokyo, kTMoney}));
        QCOMPARE(again->spec().title, QStringLiteral("서울 연수"));
        QCOMPARE(again->spec().language, Export::PacketSpec::Language::BothSequential);
    }

    void exportWithProgressAndCancel()
    {
        auto panel = makePanel();
        panel->addDocument(kTMoney);
        auto *progress = panel->findChild<QProgressBar *>();
        QSignalSpy finished(panel.get(), &Ui::PacketPanel::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("panel.pdf"));
        QVERIFY(panel->exportTo(path));
        QVERIFY(panel->isExporting());
        QVERIFY(!progress->isHidden());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(progress->isHidden());

        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(panel->exportTo(cancelled));
        QPushButton *cancel = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (b->text() == u"Cancel")
                cancel = b;
        }
        QVERIFY(cancel && !cancel->isHidden());
        cancel->click();
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(cancelled));

        // Unknown documents: a clear message, nothing starts.
        panel->addDocument(QStringLiteral("model-policies/gone"));
        QVERIFY(!panel->exportTo(m_dir.filePath(QStringLiteral("gone.pdf"))));
        QCOMPARE(finished.last().at(0).toBool(), false);
    }
};

int main(int argc, char *argv[])
{
    Ss::Web::registerUrlSchemes();
    QApplication app(argc, argv);
    TestPacketPanel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_packetpanel.moc"
