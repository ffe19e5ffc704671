// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Both UI catalogs are complete (no unfinished or empty translation), their placeholders match,
// and the compiled Korean catalog translates at runtime.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context, source, translation;
        bool isUnfinished = false;
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&file);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                m = Message{context, {}, {}, false};
            else if (xml.name() == u"source")
                m.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                m.isUnfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
                // A plural message holds its forms in <numerusform> children: take their text.
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                out.append(m);
            }
        }
        return out;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%\\d+"));
        QStringList out;
        for (auto it = re.globalMatch(text); it.hasNext();)
            out.append(it.next().captured(0));
        out.sort();
        out.removeDuplicates();
        return out;
    }

private Q_SLOTS:
    void catalogsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void catalogsComplete()
    {
        QFETCH(QString, lang);
        const QList<Message> messages = read(QStringLiteral(SS_SOURCE_DIR "/translations/seoulsolution_%1.ts").arg(lang));
        QVERIFY(messages.size() > 50);
        for (const Message &m : messages) {
            QVERIFY2(!m.isUnfinished, qPrintable(m.context + u": unfinished: " + m.source));
            QVERIFY2(!m.translation.isEmpty(), qPrintable(m.context + u": empty: " + m.source));
            QCOMPARE(placeholders(m.translation), placeholders(m.source));
        }
        if (lang == u"ko") {
            int hangul = 0;
            for (const Message &m : messages)
                hangul += m.translation.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))) ? 1 : 0;
            QVERIFY2(hangul * 10 >= messages.size() * 8, "most Korean translations should be in Hangul");
        }
    }

    void compiledCatalogTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(SS_QM_DIR "/seoulsolution_ko.qm")));
        QCOMPARE(translator.translate("Ss::Ui::MainWindow", "&File"), QStringLiteral("파일(&F)"));
        QCOMPARE(translator.translate("Ss::Core::ArchiveErrorText", "The archive is damaged and cannot be opened."),
                 QStringLiteral("아카이브가 손상되어 열 수 없습니다."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
