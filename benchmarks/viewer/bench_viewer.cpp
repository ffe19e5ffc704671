// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Viewer benchmark (not a test): time from a tree click to the document loaded, over many
// documents of the bundled archive, in the real main window.  Usage: bench_viewer ARCHIVE TEMPLATE CSS
#include <core/translator.h>
#include <core/userdata/userdatabase.h>
#include <core/viewer/archivesession.h>
#include <ui/mainwindow.h>
#include <web/archiveschemehandler.h>
#include <web/requestinterceptor.h>
#include <web/urlscheme.h>
#include <web/webprofilefactory.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QWebEngineView>

#include <algorithm>

using namespace Ss;

int main(int argc, char *argv[])
{
    Web::registerUrlSchemes();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 4) {
        out << "usage: bench_viewer ARCHIVE page.html viewer.css\n";
        return 64;
    }
    auto read = [](const char *path) {
        QFile f(QString::fromLocal8Bit(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray pageTemplate = read(argv[2]).replace("{{css}}", read(argv[3]));
    QTemporaryDir home;
    Core::Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    Core::UserDatabase userData;
    userData.open(home.filePath(QStringLiteral("userdata.sqlite")));
    Ui::MainWindow *window = nullptr;
    auto *handler = new Web::ArchiveSchemeHandler([&] { return window->session()->resolver(); },
                                                  [&] { return window->session()->composer(); }, &app);
    QWebEngineProfile *profile = Web::WebProfileFactory::create(&app, handler, new Web::RequestInterceptor(&app));
    Ui::MainWindow w(profile, &translator, &userData, pageTemplate, {});
    window = &w;
    if (!w.openArchive(QString::fromLocal8Bit(argv[1]), false))
        return 1;
    w.resize(1280, 800);
    w.show();
    auto waitLoaded = [&] {
        QEventLoop loop;
        QObject::connect(w.view(), &QWebEngineView::loadFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    w.showDocument(QStringLiteral("model-policies"));
    waitLoaded();
    QList<double> times;
    const auto &nodes = w.session()->reader()->nodes();
    for (int i = 0; i < nodes.size() && times.size() < 60; i += 2) {
        QElapsedTimer t;
        t.start();
        w.showDocument(nodes.at(i).docId);
        waitLoaded();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("tree click to document loaded, %1 documents: median %2 ms, p95 %3 ms, max %4 ms\n")
               .arg(times.size())
               .arg(times.at(times.size() / 2), 0, 'f', 1)
               .arg(times.at(qsizetype(double(times.size()) * 0.95) - 1), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1);
    return 0;
}
