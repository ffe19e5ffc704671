// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QString>
#include <QUrl>

namespace Ss::Web {

//! The URL scheme archive pages are served under: ss://archive/<path>.
inline constexpr char kScheme[] = "ss";
inline constexpr char kHost[] = "archive";

//! Registers the scheme with Qt WebEngine. Must run in main() before QApplication exists.
void registerUrlSchemes();
//! ss://archive/<path>
QUrl archiveUrl(const QString &path);

} // namespace Ss::Web
