// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// PacketSpec: language and paper names, the options JSON saved with a packet, page layouts.
#include <export/packetspec.h>

#include <QPageSize>
#include <QTest>

using Ss::Export::PacketSpec;

class TestPacketSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("language"); // -1: refused
        QTest::addColumn<QStringList>("content");
        QTest::newRow("ko") << u"ko"_qs << int(PacketSpec::Language::Korean) << QStringList{u"ko"_qs};
        QTest::newRow("en") << u"EN "_qs << int(PacketSpec::Language::English) << QStringList{u"en"_qs};
        QTest::newRow("both") << u"both"_qs << int(PacketSpec::Language::BothSequential)
                              << QStringList{u"ko"_qs, u"en"_qs};
        QTest::newRow("sequential") << u"both-sequential"_qs << int(PacketSpec::Language::BothSequential)
                                    << QStringList{u"ko"_qs, u"en"_qs};
        QTest::newRow("side-by-side") << u"both-side-by-side"_qs << int(PacketSpec::Language::BothSideBySide)
                                      << QStringList{u"ko"_qs, u"en"_qs};
        QTest::newRow("fr") << u"fr"_qs << -1 << QStringList{};
        QTest::newRow("empty") << u""_qs << -1 << QStringList{};
    }

    void languageNames()
    {
        QFETCH(QString, text);
        QFETCH(int, language);
        QFETCH(QStringList, content);
        const auto parsed = PacketSpec::languageFromString(text);
        QCOMPARE(parsed.has_value(), language >= 0);
        if (!parsed)
            return;
        QCOMPARE(int(*parsed), language);
        PacketSpec spec;
        spec.language = *parsed;
        QCOMPARE(spec.contentLanguages(), content);
        QCOMPARE(PacketSpec::languageFromString(PacketSpec::languageToString(*parsed)), parsed);
    }

    void optionsRoundTrip()
    {
        PacketSpec spec;
        spec.language = PacketSpec::Language::BothSideBySide;
        spec.paper = PacketSpec::Paper::Letter;
        spec.date = QDate(2026, 3, 14);
        PacketSpec back;
        back.setOptionsFromJson(spec.optionsToJson());
        QCOMPARE(back.language, spec.language);
        QCOMPARE(back.paper, spec.paper);
        QCOMPARE(back.date, spec.date);
        // Unknown values keep the defaults.
        PacketSpec defaults;
        defaults.setOptionsFromJson(
            QJsonObject{{QStringLiteral("language"), QStringLiteral("klingon")}, {QStringLiteral("paper"), 3}});
        QCOMPARE(defaults.language, PacketSpec::Language::Korean);
        QCOMPARE(defaults.paper, PacketSpec::Paper::A4);
        QVERIFY(!defaults.date.isValid());
        QCOMPARE(PacketSpec::paperFromString(QStringLiteral("Letter")), PacketSpec::Paper::Letter);
        QVERIFY(!PacketSpec::paperFromString(QStringLiteral("a3")));
    }

    void pageLayouts()
    {
        PacketSpec spec;
        QCOMPARE(spec.pageLayout().pageSize().id(), QPageSize::A4);
        // Room for the running header and the page number stamped over the margins.
        QVERIFY(spec.pageLayout().margins(QPageLayout::Millimeter).top() >= 18);
        QVERIFY(spec.pageLayout().margins(QPageLayout::Millimeter).bottom() >= 15);
        QCOMPARE(spec.overlayLayout().margins(QPageLayout::Millimeter), QMarginsF());
        spec.paper = PacketSpec::Paper::Letter;
        QCOMPARE(spec.pageLayout().pageSize().id(), QPageSize::Letter);
        QCOMPARE(spec.overlayLayout().pageSize().id(), QPageSize::Letter);
    }
};

QTEST_GUILESS_MAIN(TestPacketSpec)
#include "tst_packetspec.moc"
