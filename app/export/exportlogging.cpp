// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "exportlogging.h"

namespace Ss::Export {
Q_LOGGING_CATEGORY(lcExport, "ss.export", QtInfoMsg)
} // namespace Ss::Export
