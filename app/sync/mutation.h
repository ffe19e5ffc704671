// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

// Deliberately broken behaviours, for the expected-failure runs of the fault tests (RELIABILITY.md §8.1: each fault
// test must be seen to fail on a broken build). They exist only in the test-only library ss_sync_mutant, built from
// these same sources with SS_SYNC_MUTANTS defined (tests/sync/CMakeLists.txt), where SS_SYNC_MUTATION names the
// active ones. In ss_sync, the library the app links, every check is a compile-time false and the branches vanish.
//
//   fresh-key     a new Idempotency-Key for every attempt instead of one per queued proposal (duplicates)
//   ack-on-send   the proposal is marked sent when the request goes out, not when the server answers (losses)
//   split-save    a draft is saved field by field, each in its own transaction (torn drafts after a crash)
//   sync-off      PRAGMA synchronous=OFF on the draft database
//   no-reconnect  going back online does not reset the outbox's backoff (items wait out their backoff)

#ifdef SS_SYNC_MUTANTS
#include <QByteArray>
#include <QByteArrayList>
#endif

namespace Ss::Sync::Mutation {

#ifdef SS_SYNC_MUTANTS
inline bool isActive(const char *name)
{
    return qgetenv("SS_SYNC_MUTATION").split(',').contains(QByteArray(name));
}
#else
constexpr bool isActive(const char *)
{
    return false;
}
#endif

} // namespace Ss::Sync::Mutation
