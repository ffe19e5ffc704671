// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// seoulsolution: the composition root. Registers the URL scheme, builds the services and the
// window, and opens the archive given on the command line or the bundled one. No logic here.
#include <core/translator.h>
#include <export/headlessexport.h>
#include <sync/draftstore.h>
#include <sync/syncengine.h>
#include <sync/tokenstore.h>
#include <core/userdata/userdatabase.h>
#include <ui/mainwindow.h>
#include <ui/singleinstance.h>
#include <web/archiveschemehandler.h>
#include <web/requestinterceptor.h>
#include <web/urlscheme.h>
#include <web/webprofilefactory.h>

#include <core/viewer/archivesession.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    Ss::Web::registerUrlSchemes();
    // `--export-packet`: a policy packet to PDF with no window (works with no display at all).
    const bool headlessExport = Ss::Export::HeadlessExport::isRequested(argc, argv);
    if (headlessExport && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeoulSolution"));
    QApplication::setApplicationName(QStringLiteral("seoulsolution"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seoul Solution"));
    QApplication::setApplicationVersion(QStringLiteral(SS_VERSION));
    if (qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") && !qEnvironmentVariableIsSet("SS_TESTING"))
        qWarning("QTWEBENGINE_DISABLE_SANDBOX is set: pages run without the Chromium sandbox. Do not use this outside tests.");
    if (headlessExport)
        return Ss::Export::HeadlessExport::run(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offline browser for the Seoul Solution policy archive."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An archive (.ssarc) to open."), QStringLiteral("[FILE]"));
    const QCommandLineOption docOption(QStringLiteral("doc"), QStringLiteral("Show this document id."), QStringLiteral("ID"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface and content language: ko or en."), QStringLiteral("LANG"));
    const QCommandLineOption newInstanceOption(QStringLiteral("new-instance"),
                                               QStringLiteral("Start a separate instance even if one is running."));
    parser.addOption(docOption);
    parser.addOption(langOption);
    parser.addOption(newInstanceOption);
    // Handled before the parser by HeadlessExport; listed here so that --help shows it.
    parser.addOption(QCommandLineOption(QStringLiteral("export-packet"),
                                        QStringLiteral("Export the documents given with --doc to this PDF as a policy packet, "
                                                       "without a window (also --archive, --title, --subtitle, --organisation, "
                                                       "--paper a4|letter, --lang ko|en|both)."),
                                        QStringLiteral("PDF")));
    parser.process(app);

    // A second start (for example opening an .ssarc from the file manager) goes to the running window.
    Ss::Ui::SingleInstance instance;
    const QString requestedPath = parser.positionalArguments().isEmpty()
                                      ? QString() : QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (!parser.isSet(newInstanceOption)) {
        if (instance.sendToRunning({requestedPath, parser.value(docOption)}))
            return 0;
        instance.listen();
    }

    Ss::Core::Translator translator;
    QString lang = parser.value(langOption);
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language"), Ss::Core::Translator::systemLanguage()).toString();
    if (!translator.setLanguage(lang))
        translator.setLanguage(QStringLiteral("en"));

    Ss::Core::UserDatabase userData;
    if (!userData.open(Ss::Core::UserDatabase::defaultPath()))
        qWarning("user data unavailable: %s", qPrintable(userData.errorString()));

    Ss::Ui::MainWindow *window = nullptr;
    auto *handler = new Ss::Web::ArchiveSchemeHandler(
        [&window]() { return window && window->session() ? window->session()->resolver() : nullptr; },
        [&window]() { return window && window->session() ? window->session()->composer() : nullptr; }, &app);
    auto *interceptor = new Ss::Web::RequestInterceptor(&app);
    QWebEngineProfile *profile = Ss::Web::WebProfileFactory::create(&app, handler, interceptor);

    // The stylesheet is inlined into the page template: pages then need no subresource to look right.
    const QByteArray css = resource(QStringLiteral(":/web/viewer.css"));
    const QByteArray pageTemplate = Ss::Export::HeadlessExport::viewerTemplate();
    const QHash<QString, QByteArray> assets{{QStringLiteral("viewer.css"), css}};
    // Proposal drafts in their own database (synchronous=FULL), the engine that delivers them, and
    // the keychain that holds the server token. Destroyed after the window (declared before it).
    Ss::Sync::DraftStore drafts;
    const bool haveDrafts = drafts.open(Ss::Sync::DraftStore::defaultPath());
    if (!haveDrafts)
        qWarning("proposal drafts unavailable: %s", qPrintable(drafts.errorString()));
    Ss::Sync::SyncEngine syncEngine(&drafts);
    Ss::Sync::TokenStore tokens;

    Ss::Ui::MainWindow mainWindow(profile, &translator, &userData, pageTemplate, assets);
    window = &mainWindow;
    if (haveDrafts)
        mainWindow.setProposalServices(&drafts, &syncEngine, &tokens);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = Ss::Export::HeadlessExport::bundledArchive();
    if (path.isEmpty() || !mainWindow.openArchive(path, false)) {
        const QString fallback = Ss::Export::HeadlessExport::bundledArchive();
        const QString why = path.isEmpty() ? QStringLiteral("no archive found") : path;
        if (fallback.isEmpty() || fallback == path || !mainWindow.openArchive(fallback, false))
            QMessageBox::warning(&mainWindow, QStringLiteral("Seoul Solution"),
                                 QApplication::translate("main", "Cannot open the archive %1.").arg(why));
        else
            QMessageBox::warning(&mainWindow, QStringLiteral("Seoul Solution"),
                                 QApplication::translate("main", "Cannot open the archive %1; the bundled archive is shown instead.").arg(why));
    }
    // Benchmarks (benchmarks/viewer/app-benchmark.sh) time the start-up up to the first document.
    if (qEnvironmentVariableIsSet("SS_REPORT_FIRST_LOAD")) {
        QObject::connect(mainWindow.view(), &QWebEngineView::loadFinished, &mainWindow, [](bool) {
            static bool reported = false;
            if (!reported)
                fprintf(stderr, "first-document-loaded %lld\n", QDateTime::currentMSecsSinceEpoch());
            reported = true;
        });
    }
    QObject::connect(&instance, &Ss::Ui::SingleInstance::requestReceived, &mainWindow, [&mainWindow](const QStringList &request) {
        const QString archive = request.value(0);
        const QString doc = request.value(1);
        if (!archive.isEmpty() && mainWindow.openArchive(archive) && doc.isEmpty())
            mainWindow.showStartPage();
        if (!doc.isEmpty())
            mainWindow.showDocument(doc);
        mainWindow.setWindowState((mainWindow.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        mainWindow.raise();
        mainWindow.activateWindow();
    });
    mainWindow.show();
    if (!parser.value(docOption).isEmpty()) {
        if (!mainWindow.showDocument(parser.value(docOption)))
            mainWindow.showStartPage();
    } else {
        mainWindow.showStartPage();
    }
    const int rc = QApplication::exec();
    window = nullptr;
    return rc;
}
