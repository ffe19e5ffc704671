// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QLoggingCategory>

namespace Ss::Sync {
//! ss.sync: drafts, outbox and sync. Never logs proposal contents, contact details or the token.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace Ss::Sync
