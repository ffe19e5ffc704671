// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "pagecomposer.h"

#include "archive/archivereader.h"

#include <QLocale>

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
        if (!lat.isEmpty() && !lon.isEmpty())
            row(tr("Coordinates"), esc(QStringLiteral("%1, %2").arg(lat.first().toDouble(), 0, 'f', 4).arg(lon.first().toDouble(), 0, 'f', 4)));
    } else if (kind == u"activity") {
        row(tr("Year"), esc(values("year").join(u", ")));
        row(tr("Country"), esc(values("country").join(u", ")));
        row(tr("City"), docLinks(values("city")));
        row(tr("Policy area"), esc(areaName(values("area").value(0))));
        const QString status = values("status").value(0);
        row(tr("Status"), esc(status == u"completed" ? tr("Completed")
                              : status == u"ongoing" ? tr("Ongoing")
                              : status == u"planned" ? tr("Planned")
                                                     : status));
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
    main += QStringLiteral("<article>") + QString::fromUtf8(body) + QStringLiteral("</article>");

    if (!n.children.isEmpty()) {
        QString items;
        for (int child : n.children) {
            const ArchiveNode &c = m_reader->nodes().at(child);
            const QString summary = c.texts.value(c.languageFor(use, fallback)).summary;
            items += QStringLiteral("<li class=\"kind-%1\">%2%3</li>")
                         .arg(esc(c.isFolder ? QStringLiteral("folder") : c.kind), link(child, use),
                              summary.isEmpty() ? QString() : QStringLiteral("<span class=\"card-summary\">%1</span>").arg(esc(summary)));
        }
        main += QStringLiteral("<section class=\"children\"><h2>%1</h2><ul class=\"cards\">%2</ul></section>")
                    .arg(esc(tr("In this section")), items);
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
    if (!headings.isEmpty()) {
        QString items;
        for (const DocumentHeading &h : headings)
            items += QStringLiteral("<li class=\"level-%1\"><a href=\"#%2\">%3</a></li>").arg(h.level).arg(esc(h.anchor), esc(h.text));
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
