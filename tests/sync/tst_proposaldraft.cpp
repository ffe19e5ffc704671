// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// ProposalDraft and ProposalAttachment: the wire payload (canonical, complete) and the status names.
#include "testproposals.h"

#include <sync/proposalattachment.h>
#include <sync/proposaldraft.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Sync;

class TestProposalDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadHasEveryField()
    {
        ProposalDraft d = Ss::SyncTest::validProposal(7);
        d.uuid = QStringLiteral("c0ffee00-0000-4000-8000-000000000007");
        d.cityDocId = QStringLiteral("overseas-cities/hanoi");
        d.attachments.append(ProposalAttachment::fromData(QStringLiteral("계획.pdf"), QStringLiteral("application/pdf"),
                                                          QByteArrayLiteral("%PDF-1.4 test")));
        const QJsonObject p = d.toPayload();
        QCOMPARE(p.value(u"format").toInt(), 1);
        QCOMPARE(p.value(u"client_ref").toString(), d.uuid);
        QCOMPARE(p.value(u"title").toString(), d.title);
        QCOMPARE(p.value(u"organisation").toString(), d.organisation);
        QCOMPARE(p.value(u"contact").toObject().value(u"email").toString(), d.contactEmail);
        QCOMPARE(p.value(u"contact").toObject().value(u"phone").toString(), d.contactPhone);
        QCOMPARE(p.value(u"city_doc_id").toString(), d.cityDocId);
        QCOMPARE(p.value(u"policy_area").toString(), d.policyArea);
        QCOMPARE(p.value(u"body").toString(), d.body);
        QCOMPARE(p.value(u"body_format").toString(), QStringLiteral("markdown"));
        QCOMPARE(p.value(u"language").toString(), d.language);
        QCOMPARE(p.value(u"related_documents").toArray().size(), 1);
        const QJsonObject file = p.value(u"attachments").toArray().first().toObject();
        QCOMPARE(file.value(u"name").toString(), QStringLiteral("계획.pdf"));
        QCOMPARE(file.value(u"size").toInteger(), 13);
        QCOMPARE(file.value(u"sha256").toString().toLatin1(),
                 QCryptographicHash::hash("%PDF-1.4 test", QCryptographicHash::Sha256).toHex());
        QVERIFY(!p.contains(u"data")); // bytes travel as their own parts
    }

    void payloadIsCanonical()
    {
        // The payload hash names the submission: the same content must give the same bytes.
        const ProposalDraft a = Ss::SyncTest::validProposal(3);
        ProposalDraft b;
        b.language = a.language; // fields set in another order
        b.relatedDocuments = a.relatedDocuments;
        b.body = a.body;
        b.summary = a.summary;
        b.policyArea = a.policyArea;
        b.city = a.city;
        b.country = a.country;
        b.contactPhone = a.contactPhone;
        b.contactEmail = a.contactEmail;
        b.contactName = a.contactName;
        b.organisation = a.organisation;
        b.title = a.title;
        QCOMPARE(QJsonDocument(b.toPayload()).toJson(QJsonDocument::Compact),
                 QJsonDocument(a.toPayload()).toJson(QJsonDocument::Compact));
    }

    void statusKeysRoundTrip()
    {
        for (ProposalStatus s : {ProposalStatus::Draft, ProposalStatus::Queued, ProposalStatus::Sent,
                                 ProposalStatus::Received, ProposalStatus::UnderReview, ProposalStatus::Answered}) {
            const QString key = ProposalDraft::statusKey(s);
            QVERIFY(!key.isEmpty());
            QCOMPARE(ProposalDraft::statusFromKey(key), std::optional<ProposalStatus>(s));
            QVERIFY(!ProposalDraft::statusText(s).isEmpty());
        }
        QCOMPARE(ProposalDraft::statusKey(ProposalStatus::UnderReview), QStringLiteral("under-review"));
        QVERIFY(!ProposalDraft::statusFromKey(u"archived"));
    }

    void attachmentFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'x'));
        f.close();
        QString error;
        const std::optional<ProposalAttachment> a = ProposalAttachment::fromFile(path, 1000, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->fileName, QStringLiteral("map.png"));
        QCOMPARE(a->mimeType, QStringLiteral("image/png"));
        QCOMPARE(a->size, 108);
        QCOMPARE(a->data.size(), 108);
        QVERIFY(!ProposalAttachment::fromFile(path, 100, &error)); // over the limit: refused before reading
        QVERIFY2(error.contains(u"map.png"), qPrintable(error));
        QVERIFY(!ProposalAttachment::fromFile(dir.filePath(QStringLiteral("missing")), 100, &error));
    }
};

QTEST_GUILESS_MAIN(TestProposalDraft)
#include "tst_proposaldraft.moc"
