// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// seoulsolution: the composition root. Registers the URL scheme, builds the services and the
// window, and opens the archive given on the command line or the bundled one. No logic here.
#include <core/translator.h>
#include <core/userdata/userdatabase.h>
#include <ui/mainwindow.h>
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

//! The bundled archive: next to the binary in a build tree, or in ../share/seoulsolution when installed.
QString bundledArchive()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/../seoul-solution.ssarc"),
                                 dir + QStringLiteral("/../share/seoulsolution/seoul-solution.ssarc"),
                                 dir + QStringLiteral("/seoul-solution.ssarc")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    Ss::Web::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeoulSolution"));
    QApplication::setApplicationName(QStringLiteral("seoulsolution"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seoul Solution"));
    QApplication::setApplicationVersion(QStringLiteral(SS_VERSION));
    if (qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") && !qEnvironmentVariableIsSet("SS_TESTING"))
        qWarning("QTWEBENGINE_DISABLE_SANDBOX is set: pages run without the Chromium sandbox. Do not use this outside tests.");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offline browser for the Seoul Solution policy archive."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An archive (.ssarc) to open."), QStringLiteral("[FILE]"));
    const QCommandLineOption docOption(QStringLiteral("doc"), QStringLiteral("Show this document id."), QStringLiteral("ID"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface and content language: ko or en."), QStringLiteral("LANG"));
    parser.addOption(docOption);
    parser.addOption(langOption);
    parser.process(app);

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
    const QByteArray pageTemplate = resource(QStringLiteral(":/web/page.html")).replace("{{css}}", css);
    const QHash<QString, QByteArray> assets{{QStringLiteral("viewer.css"), css}};
    Ss::Ui::MainWindow mainWindow(profile, &translator, &userData, pageTemplate, assets);
    window = &mainWindow;

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = bundledArchive();
    if (path.isEmpty() || !mainWindow.openArchive(path, false)) {
        const QString fallback = bundledArchive();
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
