// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The parts PageComposer draws from the archive's records, checked on the bundled archive against
// the records themselves (a city's activities, the Policy Office timeline, a policy area's manuals),
// and escaping on a hostile archive written here.
#include <core/archive/archivereader.h>
#include <core/archive/archivewriter.h>
#include <core/data/datacatalog.h>
#include <core/viewer/pagecomposer.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ss::Core;

namespace {

const QByteArray kTemplate = "<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta http-equiv=\"Content-Security-Policy\" "
                             "content=\"{{csp}}\"><title>{{title}}</title></head><body class=\"{{class}}\"><main>{{main}}</main>"
                             "<div class=\"side\">{{side}}</div></body></html>";

//! The first <section class="\a cls"...>...</section> of \a page (the composer's sections do not nest).
QString section(const QString &page, const QString &cls)
{
    const qsizetype start = page.indexOf(QStringLiteral("<section class=\"") + cls + u'"');
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(QLatin1String("</section>"), start);
    return end < 0 ? QString() : page.mid(start, end - start);
}

QStringList captures(const QString &text, const QString &pattern)
{
    QStringList out;
    auto it = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption).globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

Ss::Core::DocumentText text(const QString &id, const QString &lang, const QString &title, const QString &body,
                            const QString &summary = {})
{
    Ss::Core::DocumentText t;
    t.title = title;
    t.summary = summary;
    t.path = id + QStringLiteral("/index.") + lang + QStringLiteral(".html");
    t.plainText = title;
    t.html = (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>x</title></head>\n<body>\n" + body
              + u"\n</body></html>\n")
                 .toUtf8();
    return t;
}

Ss::Core::ArchiveDocument document(const QString &id, const QString &kind, const QString &title, const QString &body = {},
                                   const QString &summary = {}, bool isFolder = false)
{
    Ss::Core::ArchiveDocument d;
    d.id = id;
    d.kind = kind;
    d.isFolder = isFolder;
    d.texts.insert(QStringLiteral("en"), text(id, QStringLiteral("en"), title, body.isEmpty() ? QStringLiteral("<p>x</p>") : body, summary));
    return d;
}

} // namespace

class TestPageComposer : public QObject
{
    Q_OBJECT
    ArchiveReader m_reader;
    std::unique_ptr<PageComposer> m_composer;
    DataCatalog m_catalog;

    QString compose(ArchiveReader &reader, const QString &docId, const QString &lang)
    {
        const int node = reader.indexOf(docId);
        if (node < 0)
            return {};
        PageComposer composer(&reader, kTemplate);
        const auto page = composer.compose(node, lang);
        return page ? QString::fromUtf8(*page) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString()));
        m_composer = std::make_unique<PageComposer>(&m_reader, kTemplate);
        QVERIFY(m_catalog.load(&m_reader));
        QVERIFY(m_catalog.cities().size() >= 20);
    }

    // Every city page lists exactly the activities whose city field names it (read by DataCatalog)
    // or that link to it, newest first, each linked, with year, area and status.
    void cityListsItsActivities_data()
    {
        QTest::addColumn<int>("city");
        QTest::addColumn<QString>("lang");
        for (int i = 0; i < m_catalog.cities().size(); ++i) {
            for (const QString &lang : {QStringLiteral("ko"), QStringLiteral("en")})
                QTest::newRow(qPrintable(m_catalog.cities().at(i).docId + u'/' + lang)) << i << lang;
        }
    }

    void cityListsItsActivities()
    {
        QFETCH(int, city);
        QFETCH(QString, lang);
        const CityRecord &c = m_catalog.cities().at(city);
        QSet<QString> expected;
        QHash<QString, int> years;
        for (const ActivityRecord &a : m_catalog.activities()) {
            bool with = a.cityId == c.docId;
            for (const NodeLink &l : m_reader.links(a.node))
                with = with || l.target == c.node;
            if (with)
                expected.insert(m_composer->pagePath(a.node, lang));
            years.insert(m_composer->pagePath(a.node, lang), a.year);
        }
        const QString page = QString::fromUtf8(*m_composer->compose(c.node, lang));
        const QString list = section(page, QStringLiteral("city-activities"));
        QVERIFY2(!list.isEmpty(), "a city page has an activities section");
        const QStringList rows = captures(list, QStringLiteral("<tr class=\"activity\">(.*?)</tr>"));
        QStringList links;
        for (const QString &row : rows) {
            const QStringList hrefs = captures(row, QStringLiteral("href=\"([^\"]*)\""));
            QCOMPARE(hrefs.size(), 1);
            links.append(hrefs.first());
            QVERIFY2(row.contains(u"<td class=\"year\">" + QString::number(years.value(hrefs.first())) + u"</td>"), qPrintable(row));
            QVERIFY(row.contains(QLatin1String("class=\"status status-")));
        }
        QCOMPARE(QSet<QString>(links.cbegin(), links.cend()), expected);
        QCOMPARE(links.size(), expected.size()); // no duplicates
        for (int i = 1; i < links.size(); ++i)
            QVERIFY2(years.value(links.at(i - 1)) >= years.value(links.at(i)), "newest first");
        if (expected.isEmpty())
            QVERIFY(list.contains(QLatin1String("class=\"empty-note\"")));
        // The fact box is still there, with the city's own facts.
        QVERIFY(page.contains(QLatin1String("<aside class=\"facts\">")));
    }

    void someCitiesHaveActivities()
    {
        int with = 0;
        for (const CityRecord &c : m_catalog.cities())
            with += c.activityCount > 0 ? 1 : 0;
        QVERIFY2(with >= 10, "the sample has activities for most partner cities");
    }

    // The Seoul Policy Office's chronology table becomes a timeline with one entry (and one dot)
    // per row of the source, in the source's order, and the table itself is gone.
    void policyOfficeTimeline_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void policyOfficeTimeline()
    {
        QFETCH(QString, lang);
        QFile source(QStringLiteral(SS_SOURCE_DIR "/resources/archive/content/model-policies/policy-office/index.") + lang
                     + QStringLiteral(".md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QStringList sourceYears =
            captures(QString::fromUtf8(source.readAll()), QStringLiteral("(?m)^\\|\\s*([0-9]{4})\\s*\\|"));
        QVERIFY(sourceYears.size() >= 20);

        const QString page = compose(m_reader, QStringLiteral("model-policies/policy-office"), lang);
        const QString timeline = section(page, QStringLiteral("timeline"));
        QVERIFY2(!timeline.isEmpty(), "the overview has a timeline");
        QCOMPARE(count(timeline, QStringLiteral("<li class=\"tl-event\">")), sourceYears.size());
        QCOMPARE(count(timeline, QStringLiteral("<circle class=\"tl-dot\"")), sourceYears.size());
        QCOMPARE(captures(timeline, QStringLiteral("<time datetime=\"([0-9]{4})\">")), sourceYears);
        QCOMPARE(count(page, QStringLiteral("<section class=\"timeline\"")), 1);
        QVERIFY2(!page.contains(u"<td>" + sourceYears.first() + u"</td>"), "the table is replaced, not repeated");
        // Six decades, 1960s to 2010s, labelled in the page.
        QCOMPARE(count(timeline, QStringLiteral("<li class=\"tl-decade\">")), 6);
    }

    // A table that is not a chronology (four columns: the activities overview) stays a table.
    void otherTablesStay()
    {
        const QString page = compose(m_reader, QStringLiteral("sharing-activities"), QStringLiteral("en"));
        QVERIFY(page.contains(QLatin1String("<table>")));
        QVERIFY(!page.contains(QLatin1String("class=\"timeline\"")));
    }

    // Each policy area lists all its manuals, in the tree's order, with their summaries, and the
    // first image of a manual's page as its figure when it has one.
    void areaListsItsManuals_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("lang");
        const int root = m_reader.indexOf(QStringLiteral("model-policies"));
        QVERIFY(root >= 0);
        for (int child : m_reader.nodes().at(root).children) {
            if (!m_reader.nodes().at(child).isFolder)
                continue;
            for (const QString &lang : {QStringLiteral("ko"), QStringLiteral("en")})
                QTest::newRow(qPrintable(m_reader.nodes().at(child).docId + u'/' + lang)) << child << lang;
        }
    }

    void areaListsItsManuals()
    {
        QFETCH(int, area);
        QFETCH(QString, lang);
        const ArchiveNode &a = m_reader.nodes().at(area);
        QStringList manuals;
        QStringList summaries;
        for (int child : a.children) {
            const ArchiveNode &c = m_reader.nodes().at(child);
            if (c.kind == u"manual")
                manuals.append(m_composer->pagePath(child, lang));
        }
        QVERIFY2(manuals.size() >= 2, "every sample area has manuals");
        const QString page = QString::fromUtf8(*m_composer->compose(area, lang));
        const QString list = section(page, QStringLiteral("manuals"));
        const QStringList cards = captures(list, QStringLiteral("<li class=\"manual-card[^\"]*\">(.*?)</li>"));
        QCOMPARE(cards.size(), manuals.size());
        for (int i = 0; i < cards.size(); ++i) {
            const int node = m_reader.indexOf(manuals.at(i).section(u'/', 1, -2));
            QVERIFY(node >= 0);
            const ArchiveNode &m = m_reader.nodes().at(node);
            const NodeText t = m.texts.value(m.languageFor(lang, QStringLiteral("ko")));
            QVERIFY2(cards.at(i).contains(QStringLiteral("href=\"") + manuals.at(i) + u'"'), qPrintable(cards.at(i)));
            QVERIFY(!t.summary.isEmpty());
            QVERIFY2(cards.at(i).contains(t.summary.toHtmlEscaped()), qPrintable(cards.at(i)));
            // The figure is the first image of the manual's stored page, found here independently.
            const QString stored = QString::fromUtf8(m_reader.readFile(t.path).value_or(QByteArray()));
            const QStringList images = captures(stored, QStringLiteral("<img src=\"([^\"]+)\""));
            if (images.isEmpty()) {
                QVERIFY(!cards.at(i).contains(QLatin1String("<img")));
            } else {
                QVERIFY2(cards.at(i).contains(u"<img src=\"" + images.first() + u"\" alt=\"\">"), qPrintable(cards.at(i)));
                QVERIFY(m_reader.mimeType(images.first().mid(1)).startsWith(QLatin1String("image/")));
            }
        }
        // The other children are still listed, none of them twice.
        for (int child : a.children) {
            const QString href = QStringLiteral("href=\"") + m_composer->pagePath(child, lang) + u'"';
            QVERIFY2(page.contains(href), qPrintable(href));
        }
    }

    void someManualsHaveFigures()
    {
        const QString page = compose(m_reader, QStringLiteral("model-policies/urban-planning"), QStringLiteral("en"));
        QVERIFY(count(section(page, QStringLiteral("manuals")), QStringLiteral("class=\"manual-figure\"")) >= 1);
    }

    // Archive text is escaped everywhere the composer puts it, and a hostile image path is not used.
    void hostileArchiveIsEscaped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hostile.ssarc"));
        const QString evil = QStringLiteral("<script>alert(\"x\")</script> & <b>bold</b>");
        ArchiveMetadata meta;
        meta.id = QStringLiteral("hostile");
        meta.version = QStringLiteral("1");
        meta.created = QStringLiteral("2026-01-01");
        meta.publisher = QStringLiteral("Test");
        meta.defaultLanguage = QStringLiteral("en");
        meta.generator = QStringLiteral("tst_pagecomposer");
        meta.languages = {QStringLiteral("en")};
        meta.titles = {{QStringLiteral("en"), QStringLiteral("Hostile")}};
        meta.descriptions = {{QStringLiteral("en"), QStringLiteral("Hostile")}};

        const QString city = QStringLiteral("overseas-cities/asia/evil");
        QList<ArchiveDocument> docs;
        docs.append(document(QStringLiteral("overseas-cities"), QStringLiteral("page"), QStringLiteral("Cities"), {}, {}, true));
        docs.append(document(QStringLiteral("overseas-cities/asia"), QStringLiteral("page"), QStringLiteral("Asia"), {}, {}, true));
        ArchiveDocument c = document(city, QStringLiteral("city"), evil);
        c.fields = {{QStringLiteral("country"), QStringLiteral("en"), evil},
                    {QStringLiteral("relation"), QString(), evil},
                    {QStringLiteral("lat"), QString(), -33.5},
                    {QStringLiteral("lon"), QString(), -70.25}};
        docs.append(c);
        docs.append(document(QStringLiteral("overseas-cities/asia/other"), QStringLiteral("city"), QStringLiteral("Other")));
        docs.append(document(QStringLiteral("sharing-activities"), QStringLiteral("page"), QStringLiteral("Activities"), {}, {}, true));
        auto activity = [&](const QString &id, const QString &title, qint64 year, const QString &cityId, const QString &status) {
            ArchiveDocument a = document(QStringLiteral("sharing-activities/") + id, QStringLiteral("activity"), title);
            a.fields = {{QStringLiteral("year"), QString(), year},
                        {QStringLiteral("area"), QString(), QStringLiteral("\"><script>area</script>")},
                        {QStringLiteral("status"), QString(), status}};
            if (!cityId.isEmpty())
                a.fields.append({QStringLiteral("city"), QString(), cityId});
            return a;
        };
        docs.append(activity(QStringLiteral("a2019"), evil, 2019, city, QStringLiteral("\" onmouseover=\"x")));
        docs.append(activity(QStringLiteral("a2023"), QStringLiteral("Newest"), 2023, city, QStringLiteral("ongoing")));
        ArchiveDocument linked = activity(QStringLiteral("a2021"), QStringLiteral("Linked only"), 2021, {}, QStringLiteral("planned"));
        linked.related = {city};
        docs.append(linked);
        docs.append(activity(QStringLiteral("elsewhere"), QStringLiteral("Elsewhere"), 2024,
                             QStringLiteral("overseas-cities/asia/other"), QStringLiteral("completed")));

        docs.append(document(QStringLiteral("model-policies"), QStringLiteral("page"), QStringLiteral("Policies"), {}, {}, true));
        docs.append(document(QStringLiteral("model-policies/water"), QStringLiteral("page"), QStringLiteral("Water"), {}, {}, true));
        docs.append(document(QStringLiteral("model-policies/water/m1"), QStringLiteral("manual"), evil,
                             QStringLiteral("<p><img src=\"javascript:alert(1)\" alt=\"\"></p>"), evil));
        docs.append(document(QStringLiteral("model-policies/water/m2"), QStringLiteral("manual"), QStringLiteral("With figure"),
                             QStringLiteral("<p><img src=\"/model-policies/water/m2/fig.svg\" alt=\"f\"></p>"), QStringLiteral("S2")));
        docs.append(document(QStringLiteral("model-policies/water/m3"), QStringLiteral("manual"), QStringLiteral("Missing figure"),
                             QStringLiteral("<p><img src=\"/nowhere.png\" alt=\"\"></p>"), QStringLiteral("S3")));
        docs.append(document(QStringLiteral("model-policies/overview"), QStringLiteral("page"), evil,
                             QStringLiteral("<table><thead><tr><th>Year</th><th>Event</th></tr></thead><tbody>"
                                            "<tr><td>1990</td><td>&lt;script&gt;alert(1)&lt;/script&gt; one</td></tr>"
                                            "<tr><td>1990</td><td>two &amp; <em>more</em></td></tr>"
                                            "<tr><td>2001</td><td>x &lt;y three</td></tr></tbody></table>")));

        ArchiveWriter writer(path);
        bool ok = writer.open(meta, 1767225600);
        for (const ArchiveDocument &d : docs)
            ok = ok && writer.addDocument(d);
        ok = ok && writer.addFile(QStringLiteral("model-policies/water/m2/fig.svg"),
                                  QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>"),
                                  QStringLiteral("image/svg+xml"));
        ok = ok && writer.commit();
        QVERIFY2(ok, qPrintable(writer.errorString()));
        ArchiveReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));

        const QString escaped = evil.toHtmlEscaped();
        const QString cityPage = compose(reader, city, QStringLiteral("en"));
        const QString areaPage = compose(reader, QStringLiteral("model-policies/water"), QStringLiteral("en"));
        const QString overview = compose(reader, QStringLiteral("model-policies/overview"), QStringLiteral("en"));
        for (const QString &page : {cityPage, areaPage, overview}) {
            QVERIFY(!page.isEmpty());
            QVERIFY2(!page.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(page));
            QVERIFY(!page.contains(QLatin1String("<b>bold")));
            QVERIFY(!page.contains(QLatin1String("\" onmouseover")));
            QVERIFY(!page.contains(QLatin1String("javascript:")));
        }
        // The city: its three activities (two by field, one by link), newest first, escaped.
        const QString list = section(cityPage, QStringLiteral("city-activities"));
        QCOMPARE(captures(list, QStringLiteral("<td class=\"year\">([0-9]+)</td>")),
                 QStringList({QStringLiteral("2023"), QStringLiteral("2021"), QStringLiteral("2019")}));
        QVERIFY(list.contains(escaped));
        QVERIFY(!list.contains(QLatin1String("Elsewhere")));
        QVERIFY(list.contains(QLatin1String("class=\"status status-other\"")));
        QVERIFY(cityPage.contains(u"<h1>" + escaped + u"</h1>"));
        QVERIFY(cityPage.contains(u"<title>" + escaped + u"</title>"));
        // Southern and western coordinates.
        QVERIFY2(cityPage.contains(QStringLiteral("33.5000° S, 70.2500° W")), qPrintable(section(cityPage, QStringLiteral("x"))));
        // The area: three manual cards, one figure (the safe, existing one), escaped summaries.
        const QString cards = section(areaPage, QStringLiteral("manuals"));
        QCOMPARE(count(cards, QStringLiteral("<li class=\"manual-card")), 3);
        QCOMPARE(count(cards, QStringLiteral("<img ")), 1);
        QVERIFY(cards.contains(QLatin1String("<img src=\"/model-policies/water/m2/fig.svg\" alt=\"\">")));
        QVERIFY(cards.contains(u"<p class=\"card-summary\">" + escaped + u"</p>"));
        // The overview's chronology: three events, one stacked dot, the tooltips escaped again.
        const QString timeline = section(overview, QStringLiteral("timeline"));
        QCOMPARE(count(timeline, QStringLiteral("<li class=\"tl-event\">")), 3);
        QCOMPARE(count(timeline, QStringLiteral("<circle class=\"tl-dot\"")), 3);
        QVERIFY(timeline.contains(QLatin1String("<title>1990: &lt;script&gt;alert(1)&lt;/script&gt; one</title>")));
        QVERIFY(timeline.contains(QLatin1String("<title>1990: two &amp; more</title>")));
        QVERIFY(timeline.contains(QLatin1String("<title>2001: x &lt;y three</title>")));
    }
};

QTEST_GUILESS_MAIN(TestPageComposer)
#include "tst_pagecomposer.moc"
