// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The headless export as a user runs it: a separate process (ss_exportcli, which is main()'s
// headless branch: scheme, QApplication, HeadlessExport::run), its exit codes, its messages and
// the file it leaves (or not).
#include "exporttestutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestHeadlessExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    int cli(const QStringList &arguments, QString *err = nullptr)
    {
        int code = -1;
        ExportTest::run(QStringLiteral(SS_EXPORT_CLI), arguments, &code, err);
        return code;
    }

private Q_SLOTS:
    void exportsAndExitsZero()
    {
        const QString out = m_dir.filePath(QStringLiteral("packet.pdf"));
        QString err;
        const int code = cli({QStringLiteral("--export-packet"), out, QStringLiteral("--archive"),
                              QStringLiteral(SS_BUNDLED_ARCHIVE), QStringLiteral("--doc"),
                              QStringLiteral("model-policies/transportation/bus-reform"), QStringLiteral("--doc"),
                              QStringLiteral("overseas-cities/asia/tokyo"), QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("--title"), QStringLiteral("Field trip")},
                             &err);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(QFileInfo(out).size() > 1000);
        const QString info = ExportTest::run(QStringLiteral("pdfinfo"), {out});
        QVERIFY2(info.contains(QStringLiteral("Title:           Field trip")), qPrintable(info));
        QVERIFY(ExportTest::normalized(ExportTest::pdfText(out)).contains(QStringLiteral("Public Bus System Reform")));
    }

    void needsNoDisplay()
    {
        // No DISPLAY, no platform chosen: the app must not try to reach a display server.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        int code = -1;
        QString err;
        ExportTest::run(QStringLiteral(SS_EXPORT_CLI),
                        {QStringLiteral("--export-packet"), m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--archive"),
                         QStringLiteral(SS_BUNDLED_ARCHIVE), QStringLiteral("--doc"), QStringLiteral("no/such-doc")},
                        &code, &err, 60000, env);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("no/such-doc")), qPrintable(err)); // it got as far as the archive
    }

    void failuresExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message"); // a part of what stderr says
        const QString archive = QStringLiteral(SS_BUNDLED_ARCHIVE);
        const QString doc = QStringLiteral("model-policies/transportation/bus-reform");
        QTest::newRow("unknown-doc") << QStringList{u"--archive"_qs, archive, u"--doc"_qs, u"model-policies/nope"_qs}
                                     << u"model-policies/nope"_qs;
        QTest::newRow("no-doc") << QStringList{u"--archive"_qs, archive} << u"--doc"_qs;
        QTest::newRow("bad-lang") << QStringList{u"--archive"_qs, archive, u"--doc"_qs, doc, u"--lang"_qs, u"fr"_qs}
                                  << u"fr"_qs;
        QTest::newRow("bad-paper") << QStringList{u"--archive"_qs, archive, u"--doc"_qs, doc, u"--paper"_qs, u"a3"_qs}
                                   << u"a3"_qs;
        QTest::newRow("no-archive") << QStringList{u"--archive"_qs, u"/nonexistent/x.ssarc"_qs, u"--doc"_qs, doc}
                                    << u"/nonexistent/x.ssarc"_qs;
        QTest::newRow("unknown-option") << QStringList{u"--archive"_qs, archive, u"--doc"_qs, doc, u"--frobnicate"_qs}
                                        << u"frobnicate"_qs;
        QTest::newRow("no-folder") << QStringList{u"--archive"_qs,       archive,
                                                  u"--doc"_qs,           doc,
                                                  u"--export-packet"_qs, u"/nonexistent/dir/x.pdf"_qs}
                                   << u"/nonexistent/dir/x.pdf"_qs;
    }

    void failuresExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString out =
            m_dir.filePath(QStringLiteral("fail-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (!arguments.contains(u"--export-packet"_qs))
            arguments = QStringList{QStringLiteral("--export-packet"), out} + arguments;
        QString err;
        QCOMPARE(cli(arguments, &err), 1);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessExport)
#include "tst_headlessexport.moc"
