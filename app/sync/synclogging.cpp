// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "synclogging.h"

namespace Ss::Sync {
Q_LOGGING_CATEGORY(lcSync, "ss.sync", QtInfoMsg)
} // namespace Ss::Sync
