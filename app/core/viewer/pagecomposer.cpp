// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "pagecomposer.h"

#include "archive/archivereader.h"
#include "urlresolver.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Ss::Core {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString areaName(const QString &slug)
{
    static const char *const names[][2] = {
        {"urban-planning", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Urban planning & housing")},
        {"transportation", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Transportation")},
        {"environment", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Environment & energy")},
        {"water", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Water")},
        {"safety", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Safety")},
        {"smart-city", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "E-government & smart city")},
        {"economy", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Economy")},
        {"welfare-culture", QT_TRANSLATE_NOOP("Ss::Core::PageComposer", "Welfare & culture")},
    };
    for (const auto &n : names) {
        if (slug == QLatin1String(n[0]))
            return QCoreApplication::translate("Ss::Core::PageComposer", n[1]);
    }
    return slug;
}

//! The first value of the typed field \a name in \a fields, preferring \a lang, then a neutral one.
QVariant fieldValue(const QList<DocumentField> &fields, QLatin1String name, const QString &lang)
{
    QVariant any;
    for (const DocumentField &f : fields) {
        if (f.name != name)
            continue;
        if (f.lang.isEmpty() || f.lang == lang)
            return f.value;
        if (!any.isValid())
            any = f.value;
    }
    return any;
}

//! The text of an HTML fragment from the archive: tags dropped, the usual entities decoded.
//! The result is plain text, to be escaped again wherever it is used.
QString plainText(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString text = html;
    text.remove(tag);
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString decoded = m.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                       : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        } else {
            static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                                       {QStringLiteral("lt"), QStringLiteral("<")},
                                                       {QStringLiteral("gt"), QStringLiteral(">")},
                                                       {QStringLiteral("quot"), QStringLiteral("\"")},
                                                       {QStringLiteral("apos"), QStringLiteral("'")},
                                                       {QStringLiteral("nbsp"), QStringLiteral("\u00a0")}};
            decoded = named.value(name, decoded);
        }
        out += text.mid(last, m.capturedStart() - last);
        out += decoded;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out.simplified();
}

//! One row of a chronology table.
struct TimelineEvent
{
    int year = 0;
    QString html; // the event cell as stored (sanitized archive HTML, like the rest of the body)
    QString text; // the same as plain text
};

QString svgNumber(double v)
{
    return QString::number(v, 'f', 1);
}
} // namespace

PageComposer::PageComposer(ArchiveReader *reader, QByteArray pageTemplate)
    : m_reader(reader), m_template(std::move(pageTemplate))
{
}

QByteArray PageComposer::contentSecurityPolicy()
{
    // 'self' alone does not match a custom scheme in Chromium: name ss: explicitly.
    return "default-src 'none'; img-src 'self' ss: data:; style-src 'self' ss: 'unsafe-inline'; font-src 'self' ss:; "
           "media-src 'self' ss:; script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; "
           "base-uri 'none'; form-action 'none'";
}

QString PageComposer::pagePath(int node, const QString &lang) const
{
    const ArchiveNode &n = m_reader->nodes().at(node);
    return u'/' + n.docId + QStringLiteral("/index.") + n.languageFor(lang, m_reader->metadata().defaultLanguage)
           + QStringLiteral(".html");
}

QString PageComposer::link(int node, const QString &lang) const
{
    const ArchiveNode &n = m_reader->nodes().at(node);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(pagePath(node, lang)), esc(n.title(lang, m_reader->metadata().defaultLanguage)));
}

QString PageComposer::factBox(int node, const QString &lang) const
{
    const QList<DocumentField> fields = m_reader->fields(node);
    if (fields.isEmpty())
        return {};
    auto values = [&](const char *name) {
        QStringList out;
        for (const DocumentField &f : fields) {
            if (f.name == QLatin1String(name) && (f.lang.isEmpty() || f.lang == lang))
                out.append(f.value.toString());
        }
        if (out.isEmpty()) { // a text field that exists only in another language
            for (const DocumentField &f : fields) {
                if (f.name == QLatin1String(name))
                    out.append(f.value.toString());
            }
        }
        return out;
    };
    const QLocale locale(lang);
    QString rows;
    auto row = [&](const QString &label, const QString &html) {
        if (!html.isEmpty())
            rows += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), html);
    };
    auto docLinks = [&](const QStringList &ids) {
        QStringList links;
        for (const QString &id : ids) {
            const int target = m_reader->indexOf(id);
            links.append(target >= 0 ? link(target, lang) : esc(id));
        }
        return links.join(QStringLiteral(", "));
    };
    const QString kind = m_reader->nodes().at(node).kind;
    if (kind == u"city") {
        row(tr("Country"), esc(values("country").join(u", ")));
        static const QHash<QString, const char *> regions{
            {QStringLiteral("asia"), QT_TR_NOOP("Asia")},
            {QStringLiteral("europe"), QT_TR_NOOP("Europe")},
            {QStringLiteral("americas"), QT_TR_NOOP("Americas")},
            {QStringLiteral("middle-east-africa"), QT_TR_NOOP("Middle East & Africa")},
            {QStringLiteral("oceania"), QT_TR_NOOP("Oceania")}};
        const QString region = values("region").value(0);
        row(tr("Region"), esc(regions.contains(region) ? tr(regions.value(region)) : region));
        const QStringList population = values("population");
        if (!population.isEmpty())
            row(tr("Population"), esc(locale.toString(population.first().toLongLong())));
        const QString relation = values("relation").value(0);
        const QString since = values("since").value(0);
        QString relationText = relation == u"sister"       ? tr("Sister city")
                               : relation == u"friendship" ? tr("Friendship city")
                               : relation == u"partner"    ? tr("Partner city")
                                                           : relation;
        if (!since.isEmpty())
            relationText = tr("%1 since %2").arg(relationText, since);
        row(tr("Relation with Seoul"), esc(relationText));
        const QStringList lat = values("lat"), lon = values("lon");
        if (!lat.isEmpty() && !lon.isEmpty()) {
            const double la = lat.first().toDouble(), lo = lon.first().toDouble();
            const QString latText = la < 0 ? tr("%1° S").arg(locale.toString(-la, 'f', 4)) : tr("%1° N").arg(locale.toString(la, 'f', 4));
            const QString lonText = lo < 0 ? tr("%1° W").arg(locale.toString(-lo, 'f', 4)) : tr("%1° E").arg(locale.toString(lo, 'f', 4));
            //: Coordinates: latitude, then longitude
            const QString coordinates = tr("%1, %2").arg(latText, lonText);
            row(tr("Coordinates"), esc(coordinates));
        }
    } else if (kind == u"activity") {
        row(tr("Year"), esc(values("year").join(u", ")));
        row(tr("Country"), esc(values("country").join(u", ")));
        row(tr("City"), docLinks(values("city")));
        row(tr("Policy area"), esc(areaName(values("area").value(0))));
        row(tr("Status"), esc(statusName(values("status").value(0))));
        row(tr("Partners"), esc(values("partners").join(QStringLiteral(", "))));
        row(tr("Manuals applied"), docLinks(values("manuals")));
    } else if (kind == u"manual" || kind == u"content") {
        row(tr("Policy area"), esc(areaName(values("area").value(0))));
        row(tr("Since"), esc(values("year").join(u", ")));
        row(tr("Office in charge"), esc(values("contact").join(u", ")));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<aside class=\"facts\"><table>%1</table></aside>").arg(rows);
}

QString PageComposer::statusName(const QString &slug)
{
    return slug == u"completed" ? tr("Completed")
           : slug == u"ongoing" ? tr("Ongoing")
           : slug == u"planned" ? tr("Planned")
                                : slug;
}

QString PageComposer::cityActivities(int node, const QString &lang) const
{
    const QList<ArchiveNode> &nodes = m_reader->nodes();
    const QString fallback = m_reader->metadata().defaultLanguage;
    const QString cityId = nodes.at(node).docId;
    // One statement for the fields of every activity, then the links: an activity is "with"
    // the city when its city field names it, or when it links to the city's page.
    const QHash<int, QList<DocumentField>> fields = m_reader->fieldsOfKind(QStringLiteral("activity"));
    QList<int> found;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (fieldValue(it.value(), QLatin1String("city"), lang).toString() == cityId)
            found.append(it.key());
    }
    for (int source : m_reader->backlinks(node)) {
        if (nodes.at(source).kind == u"activity" && !nodes.at(source).isFolder && !found.contains(source))
            found.append(source);
    }
    QString content;
    if (found.isEmpty()) {
        content = QStringLiteral("<p class=\"empty-note\">%1</p>")
                      .arg(esc(tr("No policy sharing activity with this city is recorded in this archive.")));
    } else {
        struct Row
        {
            int node;
            int year;
            QString title;
        };
        QList<Row> rows;
        for (int a : found) {
            const QVariant year = fieldValue(fields.value(a), QLatin1String("year"), lang);
            rows.append({a, year.isValid() ? year.toInt() : 0, nodes.at(a).title(lang, fallback)});
        }
        QCollator collator{QLocale(lang)};
        std::sort(rows.begin(), rows.end(), [&](const Row &x, const Row &y) {
            if (x.year != y.year)
                return x.year > y.year; // newest first; an unknown year (0) last
            const int c = collator.compare(x.title, y.title);
            return c != 0 ? c < 0 : x.node < y.node;
        });
        QString body;
        for (const Row &r : rows) {
            const QList<DocumentField> f = fields.value(r.node);
            const QString status = fieldValue(f, QLatin1String("status"), lang).toString();
            const bool known = status == u"completed" || status == u"ongoing" || status == u"planned";
            body += QStringLiteral("<tr class=\"activity\"><td class=\"year\">%1</td><td>%2</td><td>%3</td>"
                                   "<td><span class=\"status status-%4\">%5</span></td></tr>")
                        .arg(r.year > 0 ? QString::number(r.year) : QStringLiteral("–"), link(r.node, lang),
                             esc(areaName(fieldValue(f, QLatin1String("area"), lang).toString())),
                             known ? status : QStringLiteral("other"), esc(statusName(status)));
        }
        content = QStringLiteral("<table class=\"activity-table\"><thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
                                 "<th scope=\"col\">%3</th><th scope=\"col\">%4</th></tr></thead><tbody>%5</tbody></table>")
                      .arg(esc(tr("Year")), esc(tr("Activity")), esc(tr("Policy area")), esc(tr("Status")), body);
    }
    return QStringLiteral("<section class=\"city-activities\" id=\"ss-activities\"><h2>%1</h2>%2</section>")
        .arg(esc(tr("Policy sharing activities")), content);
}

QString PageComposer::firstImage(int node, const QString &lang) const
{
    const ArchiveNode &n = m_reader->nodes().at(node);
    const auto page = m_reader->readFile(n.texts.value(n.languageFor(lang, m_reader->metadata().defaultLanguage)).path);
    if (!page)
        return {};
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?\\ssrc\\s*=\\s*\"([^\"]*)\""),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = img.match(QString::fromUtf8(*page));
    if (!m.hasMatch())
        return {};
    // Only a root-relative path into the archive, in characters that need no escaping: the page
    // is the packer's, but the archive may not be.
    static const QRegularExpression safe(QStringLiteral("^/[A-Za-z0-9._~%/-]+$"));
    const QString src = m.captured(1);
    if (!safe.match(src).hasMatch() || src.startsWith(QLatin1String("//")))
        return {};
    const QString name = UrlResolver::normalize(src);
    if (name.isEmpty() || !m_reader->mimeType(name).startsWith(QLatin1String("image/")))
        return {};
    return src;
}

QString PageComposer::manualCards(const QList<int> &manuals, const QString &lang) const
{
    const QString fallback = m_reader->metadata().defaultLanguage;
    QString items;
    for (int m : manuals) {
        const ArchiveNode &c = m_reader->nodes().at(m);
        const QString summary = c.texts.value(c.languageFor(lang, fallback)).summary;
        const QString image = firstImage(m, lang);
        const QVariant year = fieldValue(m_reader->fields(m), QLatin1String("year"), lang);
        QString figure;
        if (!image.isEmpty()) {
            // Decorative: the title beside it names the manual.
            figure = QStringLiteral("<a class=\"manual-figure\" href=\"%1\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"%2\" alt=\"\"></a>")
                         .arg(esc(pagePath(m, lang)), esc(image));
        }
        items += QStringLiteral("<li class=\"manual-card%1\">%2<div class=\"manual-text\">%3%4%5</div></li>")
                     .arg(figure.isEmpty() ? QString() : QStringLiteral(" has-figure"), figure, link(m, lang),
                          year.isValid() && year.toInt() > 0
                              ? QStringLiteral("<span class=\"manual-meta\">%1</span>").arg(esc(tr("Since %1").arg(year.toInt())))
                              : QString(),
                          summary.isEmpty() ? QString() : QStringLiteral("<p class=\"card-summary\">%1</p>").arg(esc(summary)));
    }
    return QStringLiteral("<section class=\"manuals\" id=\"ss-manuals\"><h2>%1</h2><ul class=\"manual-list\">%2</ul></section>")
        .arg(esc(tr("Policy manuals")), items);
}

QString PageComposer::withTimelines(const QString &body, int *found)
{
    using RE = QRegularExpression;
    static const RE table(QStringLiteral("<table\\b[^>]*>(.*?)</table>"), RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE row(QStringLiteral("<tr\\b[^>]*>(.*?)</tr>"), RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE cell(QStringLiteral("<(t[hd])\\b[^>]*>(.*?)</\\1>"), RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE year(QStringLiteral("^[0-9]{4}$"));
    static const RE letter(QStringLiteral("\\p{L}"));
    if (found)
        *found = 0;
    QString out;
    qsizetype last = 0;
    auto tables = table.globalMatch(body);
    while (tables.hasNext()) {
        const QRegularExpressionMatch t = tables.next();
        QString rows = t.captured(1);
        const qsizetype headEnd = rows.indexOf(QLatin1String("</thead>"), 0, Qt::CaseInsensitive);
        if (headEnd >= 0)
            rows = rows.mid(headEnd + 8);
        QList<TimelineEvent> events;
        bool isChronology = true;
        auto it = row.globalMatch(rows);
        while (isChronology && it.hasNext()) {
            const QString r = it.next().captured(1);
            QStringList cells;
            auto c = cell.globalMatch(r);
            while (c.hasNext())
                cells.append(c.next().captured(2));
            const QString y = cells.size() == 2 ? plainText(cells.at(0)) : QString();
            const QString text = cells.size() == 2 ? plainText(cells.at(1)) : QString();
            isChronology = year.match(y).hasMatch() && text.contains(letter)
                           && (events.isEmpty() || y.toInt() >= events.last().year);
            if (isChronology)
                events.append({y.toInt(), cells.at(1).trimmed(), text});
        }
        if (!isChronology || events.size() < 3)
            continue;

        // The axis: a band per decade, a dot per event (events of one year stacked).
        const int first = events.first().year / 10 * 10, end = events.last().year / 10 * 10 + 10;
        const double left = 8, width = 704, top = 30, height = 56, axis = top + height / 2;
        auto x = [&](double y) { return left + (y - first) / (end - first) * width; };
        QString svg;
        for (int d = first, i = 0; d < end; d += 10, ++i) {
            svg += QStringLiteral("<rect class=\"tl-band%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"/>")
                       .arg(i % 2 ? QStringLiteral(" alt") : QString(), svgNumber(x(d)), svgNumber(top),
                            svgNumber(x(d + 10) - x(d)), svgNumber(height));
            //: A decade, as in "1960s".
            svg += QStringLiteral("<text class=\"tl-decade-text\" x=\"%1\" y=\"20\">%2</text>").arg(svgNumber(x(d + 5)), esc(tr("%1s").arg(d)));
        }
        svg += QStringLiteral("<line class=\"tl-axis\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>")
                   .arg(svgNumber(left), svgNumber(axis), svgNumber(left + width));
        int stack = 0;
        for (int i = 0; i < events.size(); ++i) {
            const TimelineEvent &e = events.at(i);
            stack = i > 0 && events.at(i - 1).year == e.year ? stack + 1 : 0;
            const double dy = stack == 0 ? 0 : (stack % 2 ? -1 : 1) * 13.0 * ((stack + 1) / 2);
            svg += QStringLiteral("<circle class=\"tl-dot\" cx=\"%1\" cy=\"%2\" r=\"5\"><title>%3</title></circle>")
                       .arg(svgNumber(x(e.year + 0.5)), svgNumber(axis + dy), esc(QString::number(e.year) + QStringLiteral(": ") + e.text));
        }
        const QString label = tr("Timeline, %1–%2").arg(events.first().year).arg(events.last().year);
        QString list;
        for (int i = 0; i < events.size();) {
            const int decade = events.at(i).year / 10 * 10;
            QString items;
            for (; i < events.size() && events.at(i).year / 10 * 10 == decade; ++i) {
                items += QStringLiteral("<li class=\"tl-event\"><time datetime=\"%1\">%1</time><span class=\"tl-text\">%2</span></li>")
                             .arg(events.at(i).year)
                             .arg(events.at(i).html);
            }
            list += QStringLiteral("<li class=\"tl-decade\"><span class=\"tl-decade-label\">%1</span><ol>%2</ol></li>")
                        .arg(esc(tr("%1s").arg(decade)), items); // a decade, as above
        }
        out += body.mid(last, t.capturedStart() - last);
        out += QStringLiteral("<section class=\"timeline\" aria-label=\"%1\"><svg class=\"tl-axis-graphic\" viewBox=\"0 0 720 %2\" "
                              "role=\"presentation\" aria-hidden=\"true\">%3</svg><ol class=\"tl-decades\">%4</ol></section>")
                   .arg(esc(label), svgNumber(top + height + 4), svg, list);
        last = t.capturedEnd();
        if (found)
            ++*found;
    }
    if (last == 0)
        return body;
    out += body.mid(last);
    return out;
}

std::optional<QByteArray> PageComposer::compose(int node, const QString &lang) const
{
    if (!m_reader || node < 0 || node >= m_reader->nodes().size())
        return std::nullopt;
    const ArchiveNode &n = m_reader->nodes().at(node);
    const QString fallback = m_reader->metadata().defaultLanguage;
    const QString use = n.languageFor(lang, fallback);
    const NodeText text = n.texts.value(use);
    const auto stored = m_reader->readFile(text.path);
    if (!stored)
        return std::nullopt;
    // The packer writes "<body>\n" ... "\n</body>"; take what lies between.
    QByteArray body = *stored;
    const qsizetype start = body.indexOf("<body>");
    const qsizetype end = body.lastIndexOf("</body>");
    if (start >= 0 && end > start)
        body = body.mid(start + 6, end - start - 6);

    QString main;
    if (use != lang) {
        main += QStringLiteral("<div class=\"banner\" role=\"note\">%1</div>")
                    .arg(esc(tr("This document is not available in %1; it is shown in %2.")
                                 .arg(QLocale(lang).nativeLanguageName(), QLocale(use).nativeLanguageName())));
    }
    QStringList crumbs;
    for (int p = n.parent; p >= 0; p = m_reader->nodes().at(p).parent)
        crumbs.prepend(link(p, use));
    if (!crumbs.isEmpty())
        main += QStringLiteral("<nav class=\"breadcrumbs\">%1</nav>").arg(crumbs.join(QStringLiteral(" › ")));
    main += QStringLiteral("<h1>%1</h1>").arg(esc(text.title));
    if (!text.summary.isEmpty())
        main += QStringLiteral("<p class=\"summary\">%1</p>").arg(esc(text.summary));
    main += factBox(node, use);
    // The sections the composer adds, for the table of contents: before the body's parts (the
    // activities of a city, next to its facts) or after them (the manuals of a policy area).
    QString tocBefore, tocAfter;
    if (n.kind == u"city" && !n.isFolder) {
        main += cityActivities(node, use);
        tocBefore = QStringLiteral("<li class=\"level-2\"><a href=\"#ss-activities\">%1</a></li>").arg(esc(tr("Policy sharing activities")));
    }
    main += QStringLiteral("<article>") + withTimelines(QString::fromUtf8(body)) + QStringLiteral("</article>");

    QList<int> manuals, others;
    for (int child : n.children)
        (m_reader->nodes().at(child).kind == u"manual" && !m_reader->nodes().at(child).isFolder ? manuals : others).append(child);
    if (!manuals.isEmpty()) {
        main += manualCards(manuals, use);
        tocAfter = QStringLiteral("<li class=\"level-2\"><a href=\"#ss-manuals\">%1</a></li>").arg(esc(tr("Policy manuals")));
    }
    if (!others.isEmpty()) {
        QString items;
        for (int child : others) {
            const ArchiveNode &c = m_reader->nodes().at(child);
            const QString summary = c.texts.value(c.languageFor(use, fallback)).summary;
            items += QStringLiteral("<li class=\"kind-%1\">%2%3</li>")
                         .arg(esc(c.isFolder ? QStringLiteral("folder") : c.kind), link(child, use),
                              summary.isEmpty() ? QString() : QStringLiteral("<span class=\"card-summary\">%1</span>").arg(esc(summary)));
        }
        main += QStringLiteral("<section class=\"children\"><h2>%1</h2><ul class=\"cards\">%2</ul></section>")
                    .arg(esc(manuals.isEmpty() ? tr("In this section") : tr("More in this area")), items);
    }
    QStringList related;
    for (const NodeLink &l : m_reader->links(node)) {
        if (l.rel == u"related")
            related.append(QStringLiteral("<li>%1</li>").arg(link(l.target, use)));
    }
    for (int source : m_reader->backlinks(node)) {
        const QString item = QStringLiteral("<li>%1</li>").arg(link(source, use));
        if (!related.contains(item) && related.size() < 12 && m_reader->nodes().at(source).kind != u"page")
            related.append(item);
    }
    QString side;
    const QList<DocumentHeading> headings = m_reader->headings(node, use);
    if (!headings.isEmpty() || !tocBefore.isEmpty() || !tocAfter.isEmpty()) {
        QString items = tocBefore;
        for (const DocumentHeading &h : headings)
            items += QStringLiteral("<li class=\"level-%1\"><a href=\"#%2\">%3</a></li>").arg(h.level).arg(esc(h.anchor), esc(h.text));
        items += tocAfter;
        side += QStringLiteral("<nav class=\"toc\" aria-label=\"%1\"><h2>%1</h2><ul>%2</ul></nav>").arg(esc(tr("Contents")), items);
    }
    if (!related.isEmpty())
        side += QStringLiteral("<section class=\"related\"><h2>%1</h2><ul>%2</ul></section>")
                    .arg(esc(tr("Related documents")), related.join(QString()));
    return fill(use, text.title, QStringLiteral("kind-") + (n.isFolder ? QStringLiteral("folder") : n.kind), main, side);
}

QByteArray PageComposer::notFoundPage(const QString &lang) const
{
    QString home;
    if (m_reader && !m_reader->roots().isEmpty())
        home = QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(esc(pagePath(m_reader->roots().first(), lang)), esc(tr("Go to the first section")));
    const QString main = QStringLiteral("<h1>%1</h1><p>%2</p>%3")
                             .arg(esc(tr("Document not found")),
                                  esc(tr("This archive has no such document. Use Back to return to the previous page.")), home);
    return fill(lang, tr("Document not found"), QStringLiteral("not-found"), main, {});
}

QByteArray PageComposer::homePage(const QString &lang) const
{
    if (!m_reader || !m_reader->isOpen())
        return notFoundPage(lang);
    const ArchiveMetadata &meta = m_reader->metadata();
    const QString fallback = meta.defaultLanguage;
    QString cards;
    for (int root : m_reader->roots()) {
        const ArchiveNode &n = m_reader->nodes().at(root);
        const NodeText text = n.texts.value(n.languageFor(lang, fallback));
        QString children;
        int shown = 0;
        for (int child : n.children) {
            if (shown++ >= 8)
                break;
            children += QStringLiteral("<li>%1</li>").arg(link(child, lang));
        }
        cards += QStringLiteral("<li class=\"section-card\">%1<span class=\"card-summary\">%2</span><ul>%3</ul></li>")
                     .arg(link(root, lang), esc(text.summary), children);
    }
    const QString main = QStringLiteral("<h1>%1</h1><p class=\"summary\">%2</p><section class=\"children home\"><ul class=\"cards\">%3</ul></section>"
                                        "<p class=\"colophon\">%4</p>")
                             .arg(esc(meta.title(lang)), esc(meta.description(lang)), cards,
                                  esc(tr("%1 · version %2 · %3").arg(meta.publisher, meta.version, meta.created)));
    return fill(lang, meta.title(lang), QStringLiteral("home"), main, {});
}

QByteArray PageComposer::fill(const QString &lang, const QString &title, const QString &bodyClass, const QString &main,
                              const QString &side) const
{
    QByteArray page = m_template;
    page.replace("{{csp}}", contentSecurityPolicy());
    page.replace("{{lang}}", esc(lang).toUtf8());
    page.replace("{{title}}", esc(title).toUtf8());
    page.replace("{{class}}", esc(bodyClass).toUtf8());
    page.replace("{{side}}", side.toUtf8());
    page.replace("{{main}}", main.toUtf8()); // last: the body must not be searched for placeholders
    return page;
}

} // namespace Ss::Core
