// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The logic of the proposal UI without widgets: the drafts table and its proxy, status words, which validation
// messages show, the attachment checks, the sync status words, the archive's city choices and server addresses.

#include <ui/proposals/attachmentcheck.h>
#include <ui/proposals/citychoice.h>
#include <ui/proposals/draftfiltermodel.h>
#include <ui/proposals/draftstatustext.h>
#include <ui/proposals/drafttablemodel.h>
#include <ui/proposals/fieldvalidationstate.h>
#include <ui/proposals/syncaccount.h>
#include <ui/proposals/syncstatustext.h>

#include <core/archive/archivereader.h>

#include <QFile>
#include <QPersistentModelIndex>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;
using Field = Sync::ProposalValidator::Field;

namespace {
Sync::DraftSummary summary(qint64 id, const QString &title, Sync::ProposalStatus status = Sync::ProposalStatus::Draft,
                           qint64 updatedMs = 0)
{
    Sync::DraftSummary s;
    s.id = id;
    s.title = title;
    s.status = status;
    s.updated = QDateTime::fromMSecsSinceEpoch(updatedMs ? updatedMs : 1'700'000'000'000 + id * 1000, Qt::UTC);
    return s;
}
} // namespace

class TestProposalUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableMergesKeepingRows()
    {
        Ui::DraftTableModel model;
        model.setDrafts({summary(1, QStringLiteral("Bus reform")), summary(2, QStringLiteral("Water"))});
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex water = model.index(model.rowOf(2), 0);
        // Row 1 edited, row 3 added: row 2 keeps its index (a view keeps its selection).
        model.setDrafts({summary(3, QStringLiteral("Parks")), summary(1, QStringLiteral("Bus reform 2")),
                         summary(2, QStringLiteral("Water"))});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(water.isValid());
        QCOMPARE(water.data(Ui::DraftTableModel::DraftIdRole).toLongLong(), 2);
        QCOMPARE(model.index(model.rowOf(1), 0).data().toString(), QStringLiteral("Bus reform 2"));
        model.setDrafts({summary(2, QStringLiteral("Water"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(1), -1);
        QVERIFY(water.isValid());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Water"));
        model.setDrafts({summary(4, QString())});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Untitled proposal"));
    }

    void proxySortsAndFilters()
    {
        Ui::DraftTableModel model;
        model.setDrafts({summary(1, QStringLiteral("Bus reform"), Sync::ProposalStatus::Answered, 3000),
                         summary(2, QStringLiteral("Water supply"), Sync::ProposalStatus::Draft, 1000),
                         summary(3, QStringLiteral("bus lanes"), Sync::ProposalStatus::Queued, 2000)});
        Ui::DraftFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(Ui::DraftTableModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Ui::DraftTableModel::DraftIdRole).toLongLong(), 1);
        QCOMPARE(proxy.index(2, 0).data(Ui::DraftTableModel::DraftIdRole).toLongLong(), 2);
        proxy.sort(Ui::DraftTableModel::TitleColumn, Qt::AscendingOrder); // case-insensitive collation
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("bus lanes"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Bus reform"));
        proxy.sort(Ui::DraftTableModel::StatusColumn, Qt::AscendingOrder); // life order: draft, queued, ..., answered
        QCOMPARE(proxy.index(0, 0).data(Ui::DraftTableModel::DraftIdRole).toLongLong(), 2);
        QCOMPARE(proxy.index(2, 0).data(Ui::DraftTableModel::DraftIdRole).toLongLong(), 1);
        proxy.setTextFilter(QStringLiteral("bus"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter(QStringLiteral("queued")); // status words match too
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(Ui::DraftTableModel::DraftIdRole).toLongLong(), 3);
        proxy.setTextFilter(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void statusWords()
    {
        Sync::DraftSummary s = summary(1, QStringLiteral("x"));
        QCOMPARE(Ui::DraftStatusText::label(s), QStringLiteral("Draft"));
        s.lastError = QStringLiteral("Attachment too large for this portal");
        QCOMPARE(Ui::DraftStatusText::label(s), QStringLiteral("Draft · returned"));
        QVERIFY(Ui::DraftStatusText::details(s).contains(s.lastError));
        s = summary(2, QStringLiteral("y"), Sync::ProposalStatus::Answered);
        s.serverId = QStringLiteral("SP-000123");
        s.serverStatus = QStringLiteral("answered");
        s.serverReply = QStringLiteral("Thank you, we will call you.");
        QCOMPARE(Ui::DraftStatusText::label(s), QStringLiteral("Answered"));
        QVERIFY(Ui::DraftStatusText::details(s).contains(s.serverReply));
        QVERIFY(Ui::DraftStatusText::details(s).contains(QStringLiteral("SP-000123")));
        // A status word the app does not know is shown as the portal wrote it.
        s.status = Sync::ProposalStatus::Received;
        s.serverStatus = QStringLiteral("forwarded-to-district");
        QCOMPARE(Ui::DraftStatusText::label(s), QStringLiteral("forwarded-to-district"));
        QCOMPARE(Ui::DraftStatusText::label(summary(3, QString(), Sync::ProposalStatus::UnderReview)),
                 QStringLiteral("Under review"));
    }

    void validationShowsTouchedFieldsOnly()
    {
        Ui::FieldValidationState state;
        Sync::ProposalDraft d;
        d.contactEmail = QStringLiteral("not-an-address");
        QVERIFY(state.visibleMessages(d).isEmpty()); // nothing touched yet
        QVERIFY(!state.allIssues(d).isEmpty());
        state.touch(Field::ContactEmail);
        QHash<Field, QStringList> shown = state.visibleMessages(d);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.value(Field::ContactEmail).join(u' ').contains(QStringLiteral("not-an-address")));
        d.contactEmail = QStringLiteral("a@example.org");
        QVERIFY(state.visibleMessages(d).isEmpty());
        state.showAll();
        shown = state.visibleMessages(d);
        QVERIFY(shown.contains(Field::Title));
        QVERIFY(shown.contains(Field::Summary));
        QVERIFY(!shown.contains(Field::ContactEmail));
        state.reset();
        QVERIFY(state.visibleMessages(d).isEmpty());
    }

    void attachmentLimits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, qsizetype size) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(QByteArray(size, 'x'));
            return f.fileName();
        };
        Sync::ProposalValidator::Limits limits;
        limits.maxFileBytes = 1000;
        limits.maxTotalBytes = 1500;
        limits.maxFiles = 2;
        Sync::ProposalDraft d;
        QString error;
        QVERIFY(!Ui::AttachmentCheck::load(write(QStringLiteral("big.pdf"), 1001), d, limits, &error));
        QVERIFY2(error.contains(QStringLiteral("big.pdf")), qPrintable(error));
        error.clear();
        std::optional<Sync::ProposalAttachment> a =
            Ui::AttachmentCheck::load(write(QStringLiteral("a.txt"), 900), d, limits, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->size, 900);
        d.attachments.append(*a);
        QVERIFY(!Ui::AttachmentCheck::load(write(QStringLiteral("b.txt"), 700), d, limits, &error)); // total
        QVERIFY(error.contains(QStringLiteral("b.txt")));
        QVERIFY(Ui::AttachmentCheck::load(write(QStringLiteral("c.txt"), 100), d, limits, &error));
        d.attachments.append(*Ui::AttachmentCheck::load(dir.filePath(QStringLiteral("c.txt")), d, limits, &error));
        QVERIFY(!Ui::AttachmentCheck::load(write(QStringLiteral("d.txt"), 1), d, limits, &error)); // count
        QVERIFY(!Ui::AttachmentCheck::load(dir.filePath(QStringLiteral("missing")), {}, limits, &error));
    }

    void syncStatusWords()
    {
        using S = Ui::SyncStatusText::State;
        QCOMPARE(Ui::SyncStatusText::state(false, false, false, false, false), S::NotSetUp);
        QCOMPARE(Ui::SyncStatusText::state(true, true, true, true, false), S::SignInNeeded);
        QCOMPARE(Ui::SyncStatusText::state(true, false, false, false, false), S::SignInNeeded);
        QCOMPARE(Ui::SyncStatusText::state(true, true, false, false, false), S::Offline);
        QCOMPARE(Ui::SyncStatusText::state(true, true, false, true, true), S::Syncing);
        QCOMPARE(Ui::SyncStatusText::outboxText(0), QStringLiteral("Nothing to send"));
        QCOMPARE(Ui::SyncStatusText::outboxText(1), QStringLiteral("1 proposal waiting"));
        QCOMPARE(Ui::SyncStatusText::outboxText(3), QStringLiteral("3 proposals waiting"));
        QCOMPARE(Ui::SyncStatusText::lastSyncText({}), QStringLiteral("Not synced yet"));
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(Ui::SyncStatusText::lastSyncText(now, now).startsWith(QStringLiteral("Last sync: ")));
    }

    void serverAddresses()
    {
        QVERIFY(Ui::SyncAccount::isAcceptableUrl(QUrl(QStringLiteral("https://portal.example.go.kr/api"))));
        QVERIFY(Ui::SyncAccount::isAcceptableUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QString error;
        QVERIFY(!Ui::SyncAccount::isAcceptableUrl(QUrl(QStringLiteral("http://portal.example.go.kr")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Ui::SyncAccount::isAcceptableUrl(QUrl(QStringLiteral("portal")), &error));
    }

    void cityChoicesFromArchive()
    {
        Core::ArchiveReader reader;
        QVERIFY2(reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(reader.errorString()));
        const QList<Ui::CityChoice> en = Ui::CityChoice::fromArchive(reader, QStringLiteral("en"));
        QVERIFY(!en.isEmpty());
        for (const Ui::CityChoice &c : en) {
            QVERIFY(!c.name.isEmpty());
            QCOMPARE(reader.nodes().at(reader.indexOf(c.docId)).kind, QStringLiteral("city"));
        }
        const QStringList countries = Ui::CityChoice::countries(en, QStringLiteral("en"));
        QVERIFY(!countries.isEmpty());
        QCOMPARE(countries.size(), QSet<QString>(countries.cbegin(), countries.cend()).size());
        const QList<Ui::CityChoice> ko = Ui::CityChoice::fromArchive(reader, QStringLiteral("ko"));
        QCOMPARE(ko.size(), en.size());
        Core::ArchiveReader closed;
        QVERIFY(Ui::CityChoice::fromArchive(closed, QStringLiteral("en")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProposalUiModels)
#include "tst_proposaluimodels.moc"
