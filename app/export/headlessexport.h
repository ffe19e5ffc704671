// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Ss::Export {

/*! \brief `seoulsolution --export-packet FILE.pdf --doc ID [--doc ID ...] [--lang ko|en|both]
 * [--archive FILE] [--title T]`: exports a packet without any window and returns the exit code.
 *
 * Also takes --subtitle, --organisation, --paper a4|letter and --lang both-side-by-side or
 * both-sequential (both = both-sequential). Without --archive it uses the bundled archive, found
 * as the app finds it. Needs the application object and the ss scheme registered before it, as
 * main() does; nothing is shown. Exit status: 0 written, 1 anything else (usage, unknown
 * document, unreadable archive, failed export), with the reason on stderr. */
class HeadlessExport final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Export::HeadlessExport)
public:
    static int run(const QStringList &arguments);
    //! The same with the viewer's page template given instead of read from ":/web" (tests).
    static int run(const QStringList &arguments, const QByteArray &pageTemplate, QTextStream &err);
    //! Whether \a arguments ask for a headless export (main() branches on it).
    static bool isRequested(const QStringList &arguments);
    /*! The same before the application object exists. main() can then choose the offscreen
     *  platform when QT_QPA_PLATFORM is not set, so an export works with no display at all. */
    static bool isRequested(int argc, char *argv[]);
    //! The viewer's page template with its stylesheet inlined, from the app's resources; empty if absent.
    static QByteArray viewerTemplate();
    //! The bundled archive next to the binary (build tree) or in ../share/seoulsolution; empty if none.
    static QString bundledArchive();
};

} // namespace Ss::Export
