// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

namespace Ss::SyncServer {

/*! \brief Which faults the server injects, and the seeded draw that picks one per request.
 *
 * One uniform draw per request chooses at most one of the exclusive faults, in this order of the unit interval:
 * drop before processing, 500, 503 (nothing committed), then drop after commit, close mid-body, crash after
 * commit (committed, no complete answer). A second, independent draw decides a delay before processing. Faults
 * apply to the proposal endpoints only, never to /v1/health or /admin. */
struct FaultPlan
{
    enum class Action {
        None,
        DropBefore,       //!< close the connection without reading further or committing
        Error500,         //!< 500, nothing committed
        Error503,         //!< 503 with Retry-After, nothing committed
        DropAfter,        //!< commit, then close the connection without an answer
        CloseMidBody,     //!< commit, then send the status line, headers and half the body, then close
        CrashAfterCommit, //!< commit, then SIGKILL the server (Y2)
    };

    double dropBefore = 0;
    double error500 = 0;
    double error503 = 0;
    double dropAfter = 0;
    double closeMidBody = 0;
    double crashAfterCommit = 0;
    double delayShare = 0;
    int delayMinMs = 0;
    int delayMaxMs = 0;
    int retryAfterSeconds = 1; //!< sent with 503
    quint32 seed = 1;

    //! Draws the fault for the next request.
    Action draw();
    //! Draws the delay for the next request (0: none).
    int drawDelayMs();

    //! Applies the keys present in \a json ("drop_before", "error_500", ..., "seed"); returns false on bad values.
    bool apply(const QJsonObject &json);
    QJsonObject toJson() const;
    void reseed() { m_random.seed(seed); }

private:
    QRandomGenerator m_random{1};
};

} // namespace Ss::SyncServer
