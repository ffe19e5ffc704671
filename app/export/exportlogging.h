// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QLoggingCategory>

namespace Ss::Export {
//! "ss.export": the packet exporter, its renderer and the PDF assembler.
Q_DECLARE_LOGGING_CATEGORY(lcExport)
} // namespace Ss::Export
