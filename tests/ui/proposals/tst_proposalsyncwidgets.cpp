// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The sync settings dialog (address check, sign-in through TokenStore, the session-only message, log-out, no token
// in QSettings) and the status-bar widget driven by the engine's signals.

#include <ui/proposals/syncaccount.h>
#include <ui/proposals/syncsettingsdialog.h>
#include <ui/proposals/syncstatuswidget.h>

#include <sync/draftstore.h>
#include <sync/syncengine.h>
#include <sync/tokenstore.h>

#include <QDirIterator>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

class TestProposalSyncWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeoulSolutionTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_proposalsyncwidgets"));
    }

    void settingsDialogSignsInAndOut()
    {
        Sync::DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("sync.sqlite"))));
        Sync::SyncEngine engine(&store);
        engine.setUseNetworkInformation(false);
        Sync::TokenStore tokens(QStringLiteral("SeoulSolutionTest-proposalui"));
        Ui::SyncAccount account(&engine, &tokens);
        QSignalSpy urlChanged(&account, &Ui::SyncAccount::serverUrlChanged);
        Ui::SyncSettingsDialog dialog(&account);
        dialog.show();
        QCOMPARE(dialog.storageText(), QStringLiteral("You are not signed in."));

        // Plain http to another computer is refused, with a message; the dialog stays.
        dialog.serverField()->setText(QStringLiteral("http://portal.example.go.kr/api"));
        dialog.tokenField()->setText(QStringLiteral("tok-5f1e9a-secret"));
        QVERIFY(!dialog.apply());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!account.isSignedIn());
        QCOMPARE(urlChanged.size(), 0);

        dialog.serverField()->setText(QStringLiteral("http://127.0.0.1:9/api"));
        QSignalSpy saved(&tokens, &Sync::TokenStore::saved);
        QVERIFY(dialog.apply());
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(urlChanged.size(), 1);
        QCOMPARE(engine.serverUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/api")));
        QVERIFY(account.isSignedIn()); // at once, for this session
        QVERIFY(dialog.tokenField()->text().isEmpty());
        QVERIFY(engine.isRunning());
        QVERIFY(saved.wait(15'000) || saved.size() == 1);
        const bool remembered = saved.first().first().toBool();
        // Without a keychain service (CI, headless) the dialog says the token is kept for this session only.
        if (!remembered)
            QVERIFY2(dialog.storageText().contains(QStringLiteral("cannot be remembered")),
                     qPrintable(dialog.storageText()));
        else
            QVERIFY(dialog.storageText().contains(QStringLiteral("keychain")));
        // The token is never in the settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QStringLiteral("tok-5f1e9a-secret")));

        QSignalSpy forgotten(&tokens, &Sync::TokenStore::forgotten);
        dialog.logOut();
        QVERIFY(!account.isSignedIn());
        QVERIFY(tokens.token().isEmpty());
        QVERIFY(!engine.isRunning());
        QVERIFY(forgotten.wait(15'000) || forgotten.size() == 1);
        QCOMPARE(dialog.storageText(), QStringLiteral("You are not signed in."));
    }

    void statusWidgetFollowsTheEngine()
    {
        Sync::DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("status.sqlite"))));
        {
            Ui::SyncStatusWidget off(nullptr);
            QCOMPARE(off.stateText(), QStringLiteral("Sync off"));
            off.refresh(); // copes without an engine
            QCOMPARE(off.outboxText(), QStringLiteral("Nothing to send"));
        }
        Sync::SyncEngine engine(&store);
        engine.setUseNetworkInformation(false);
        QVERIFY(engine.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        Ui::SyncStatusWidget widget(&engine);
        widget.show();
        QCOMPARE(widget.stateText(), QStringLiteral("Sign-in needed")); // an address but no token: not running
        engine.setToken(QStringLiteral("t"));
        engine.start(); // nothing listens on port 9: the probe fails, the engine stays offline
        QCOMPARE(widget.stateText(), QStringLiteral("Offline"));
        QCOMPARE(widget.outboxText(), QStringLiteral("Nothing to send"));
        QCOMPARE(widget.lastSyncText(), QStringLiteral("Not synced yet"));

        Sync::ProposalDraft d;
        d.title = QStringLiteral("T");
        d.organisation = QStringLiteral("O");
        d.contactName = QStringLiteral("N");
        d.contactEmail = QStringLiteral("n@example.org");
        d.country = QStringLiteral("C");
        d.policyArea = QStringLiteral("transportation");
        d.summary = QStringLiteral("S");
        d.body = QStringLiteral("B");
        QVERIFY(store.save(d));
        QVERIFY(store.submit(d.id));
        QCOMPARE(widget.outboxText(), QStringLiteral("1 proposal waiting"));

        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&widget, &change);
        QCOMPARE(widget.outboxText(), QStringLiteral("1 proposal waiting"));
    }
};

QTEST_MAIN(TestProposalSyncWidgets)
#include "tst_proposalsyncwidgets.moc"
