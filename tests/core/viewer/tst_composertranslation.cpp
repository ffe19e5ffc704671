// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The composed pages speak the UI language: with the Korean catalog installed the way the app
// installs it (Ss::Core::Translator, catalogs from ss_ui's resources under :/i18n), the Seoul
// Policy Office timeline labels its decades in Korean, in the SVG axis and in the list below it,
// and the page shows no decade label the catalog would not translate.
#include <core/archive/archivereader.h>
#include <core/translator.h>
#include <core/viewer/pagecomposer.h>
#include <core/viewer/urlresolver.h>

#include <QRegularExpression>
#include <QTest>

using namespace Ss::Core;

namespace {

const QByteArray kTemplate = "<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta http-equiv=\"Content-Security-Policy\" "
                             "content=\"{{csp}}\"><title>{{title}}</title></head><body class=\"{{class}}\"><main>{{main}}</main>"
                             "<div class=\"side\">{{side}}</div></body></html>";

QString between(const QString &text, const QString &open, const QString &close)
{
    const qsizetype start = text.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(close, start);
    return end < 0 ? QString() : text.mid(start, end + close.size() - start);
}

} // namespace

class TestComposerTranslation : public QObject
{
    Q_OBJECT
    ArchiveReader m_reader;
    Translator m_translator;

    QString compose(const QString &docId, const QString &lang)
    {
        const int node = m_reader.indexOf(docId);
        if (node < 0)
            return {};
        PageComposer composer(&m_reader, kTemplate);
        const auto page = composer.compose(node, lang);
        return page ? QString::fromUtf8(*page) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString()));
    }

    void policyOfficeDecadesInKorean()
    {
        QVERIFY(m_translator.setLanguage(QStringLiteral("ko")));
        QCOMPARE(PageComposer::tr("Contents"), QStringLiteral("목차")); // the catalog is live
        const QString page = compose(QStringLiteral("model-policies/policy-office"), QStringLiteral("ko"));
        QVERIFY(!page.isEmpty());

        const QString svg = between(page, QStringLiteral("<svg class=\"tl-axis-graphic\""), QStringLiteral("</svg>"));
        QVERIFY2(!svg.isEmpty(), "the timeline has its SVG axis");
        QVERIFY2(svg.contains(QStringLiteral(">1960년대</text>")), qPrintable(svg.left(600)));
        QVERIFY2(svg.contains(QStringLiteral(">2010년대</text>")), qPrintable(svg.left(600)));
        const QString list = between(page, QStringLiteral("<ol class=\"tl-decades\">"), QStringLiteral("</section>"));
        QVERIFY2(!list.isEmpty(), "the timeline has its list");
        QVERIFY(list.contains(QStringLiteral("<span class=\"tl-decade-label\">1960년대</span>")));
        QVERIFY(list.contains(QStringLiteral("<span class=\"tl-decade-label\">2010년대</span>")));

        // Nowhere on the Korean page may a decade read "1960s": not in its markup, and not in an
        // SVG image its body embeds (what the user sees is both).
        static const QRegularExpression englishDecade(QStringLiteral("\\b(19|20)[0-9]0s\\b"));
        QVERIFY2(!page.contains(englishDecade), qPrintable(englishDecade.match(page).captured(0)));
        static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?\\ssrc\\s*=\\s*\"([^\"]*)\""),
                                            QRegularExpression::CaseInsensitiveOption);
        for (auto it = img.globalMatch(page); it.hasNext();) {
            const QString src = it.next().captured(1);
            const QString name = UrlResolver::normalize(src);
            QVERIFY2(!name.isEmpty(), qPrintable(src));
            if (!m_reader.mimeType(name).startsWith(QLatin1String("image/svg")))
                continue;
            const auto image = m_reader.readFile(name);
            QVERIFY2(image, qPrintable(name));
            const QRegularExpressionMatch english = englishDecade.match(QString::fromUtf8(*image));
            QVERIFY2(!english.hasMatch(), qPrintable(name + u": English decade label \"" + english.captured(0)
                                                     + u"\" on the Korean page"));
        }
    }

    void policyOfficeDecadesInEnglish()
    {
        QVERIFY(m_translator.setLanguage(QStringLiteral("en")));
        const QString page = compose(QStringLiteral("model-policies/policy-office"), QStringLiteral("en"));
        const QString svg = between(page, QStringLiteral("<svg class=\"tl-axis-graphic\""), QStringLiteral("</svg>"));
        QVERIFY(svg.contains(QStringLiteral(">1960s</text>")));
        QVERIFY(page.contains(QStringLiteral("<span class=\"tl-decade-label\">1960s</span>")));
    }
};

QTEST_GUILESS_MAIN(TestComposerTranslation)
#include "tst_composertranslation.moc"
