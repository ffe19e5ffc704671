// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// A stand-in for seoulsolution's main() in the headless branch, for tst_export_headless: the same
// order (scheme, then QApplication, then HeadlessExport::run) and the same ":/web" resources.
#include <web/urlscheme.h>
#include <export/headlessexport.h>

#include <QApplication>

int main(int argc, char *argv[])
{
    // No display needed: as main() may do, pick the offscreen platform unless one is chosen.
    if (Ss::Export::HeadlessExport::isRequested(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Ss::Web::registerUrlSchemes();
    QApplication app(argc, argv);
    if (Ss::Export::HeadlessExport::isRequested(QCoreApplication::arguments()))
        return Ss::Export::HeadlessExport::run(QCoreApplication::arguments());
    return 1;
}
