// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "faultplan.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Ss::SyncServer {

class ServerStore;

/*! \brief The reference sync server: docs/sync-protocol.md over Qt HttpServer, with fault injection.
 *
 * Built on QAbstractHttpServer (Qt's request parser and TLS), answering on the socket itself so that the faults
 * can drop a connection, cut an answer in the middle or hold it back. Single-threaded: requests are handled one at
 * a time, except that a delayed request is held while others go on; a second request with the idempotency key of
 * a held one gets 409. The submissions that arrive in one event-loop pass are committed together (group commit:
 * one fsync for all, each proposal still all-or-nothing with its key), and answered after that commit. */
class SyncServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        QHash<QString, QString> tokens; //!< token → user
        QString adminToken;             //!< enables /admin/* when not empty
        qint64 maxAttachmentBytes = 10 * 1024 * 1024;
        qint64 maxTotalBytes = 25 * 1024 * 1024;
    };

    SyncServer(ServerStore *store, const Options &options, const FaultPlan &plan, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    //! A request copied out of Qt's per-connection object, so that it can be handled later.
    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lowercase names
        QByteArray body;
        QString user;
        QString key; // idempotency key (POST /v1/proposals)
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool committed = false; // a new proposal was stored by this request
    };

    struct Pending
    {
        Call call;
        QPointer<QTcpSocket> socket;
        FaultPlan::Action action;
    };

    void dispatch(const Call &call, const QPointer<QTcpSocket> &socket, FaultPlan::Action action);
    //! Stores the submissions of one event-loop pass in one transaction (group commit), then answers them.
    void flushBatch();
    void complete(Answer answer, const QPointer<QTcpSocket> &socket, FaultPlan::Action action);
    Answer route(const Call &call);
    Answer submit(const Call &call);
    Answer listStatuses(const Call &call);
    Answer getProposal(const Call &call, const QString &id);
    Answer putProposal(const Call &call, const QString &id);
    Answer admin(const Call &call);
    void send(QTcpSocket *socket, const Answer &answer, FaultPlan::Action action);

    static Answer json(int status, const QJsonObject &body);
    static Answer error(int status, const char *code, const QString &message);
    static QStringList invalidFields(const QJsonObject &proposal);

    ServerStore *m_store;
    Options m_options;
    FaultPlan m_plan;
    QSet<QString> m_heldKeys; // user + '\n' + key of delayed submissions
    QList<Pending> m_batch;
    QTimer m_batchTimer;
    QHash<QString, qint64> m_counters;
};

} // namespace Ss::SyncServer
