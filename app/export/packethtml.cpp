// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "packethtml.h"

#include <core/viewer/pagecomposer.h>

#include <QRegularExpression>

namespace Ss::Export {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QByteArray PacketHtml::documentTemplate(const QByteArray &pageTemplate, const QByteArray &exportCss)
{
    QByteArray t = pageTemplate;
    const qsizetype head = t.indexOf("</head>");
    const QByteArray style = "<style>" + exportCss + "</style>";
    if (head >= 0)
        t.insert(head, style);
    else
        t.prepend(style);
    return t;
}

QByteArray PacketHtml::fill(const QByteArray &pageTemplate, const QString &lang, const QString &title,
                            const QString &bodyClass, const QString &main)
{
    QByteArray page = pageTemplate;
    page.replace("{{csp}}", Core::PageComposer::contentSecurityPolicy());
    page.replace("{{css}}", QByteArray());
    page.replace("{{lang}}", esc(lang).toUtf8());
    page.replace("{{title}}", esc(title).toUtf8());
    page.replace("{{class}}", esc(bodyClass).toUtf8());
    page.replace("{{side}}", QByteArray());
    page.replace("{{main}}", main.toUtf8()); // last, as in PageComposer: the body is not searched for placeholders
    return page;
}

QByteArray PacketHtml::frontMatter(const QByteArray &documentTemplate, const CoverInfo &cover,
                                   const QList<TocLine> &toc)
{
    QString main = QStringLiteral("<section class=\"cover\">");
    QString archive = esc(cover.archiveTitle);
    if (!cover.archiveVersion.isEmpty())
        archive += QStringLiteral(" · ") + esc(tr("version %1").arg(cover.archiveVersion));
    main += QStringLiteral("<div class=\"archive\">%1</div>").arg(archive);
    main += QStringLiteral("<div class=\"titles\"><h1>%1</h1>").arg(esc(cover.title));
    if (!cover.subtitle.isEmpty())
        main += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(esc(cover.subtitle));
    if (!cover.organisation.isEmpty())
        main += QStringLiteral("<p class=\"organisation\">%1</p>").arg(esc(cover.organisation));
    if (!cover.date.isEmpty())
        main += QStringLiteral("<p class=\"date\">%1</p>").arg(esc(cover.date));
    //: %1 is the number of documents in the packet
    main += QStringLiteral("<p class=\"count\">%1</p>").arg(esc(tr("Documents: %1").arg(cover.documentCount)));
    main += QStringLiteral("</div>");
    //: %1 is the archive's title, %2 its publisher
    const QString colophon = cover.publisher.isEmpty()
                                 ? tr("Made from the %1 archive.").arg(cover.archiveTitle)
                                 : tr("Made from the %1 archive of the %2.").arg(cover.archiveTitle, cover.publisher);
    main += QStringLiteral("<div class=\"colophon\">%1</div></section>").arg(esc(colophon));

    main += QStringLiteral("<nav class=\"packet-toc\"><h1>%1</h1><ol>").arg(esc(tr("Contents")));
    for (const TocLine &line : toc) {
        QString cls = line.kind == TocLine::Kind::Part ? QStringLiteral("part") : QStringLiteral("doc");
        if (line.isSecondary || line.kind == TocLine::Kind::SecondaryDocument)
            cls += QStringLiteral(" secondary");
        main += QStringLiteral("<li class=\"%1\" lang=\"%2\"><a href=\"%3\"><span class=\"t\">%4</span>"
                               "<span class=\"leader\"></span><span class=\"p\">%5</span></a></li>")
                    .arg(cls, esc(line.lang), esc(line.href), esc(line.title), esc(line.pageNumber));
    }
    main += QStringLiteral("</ol></nav>");
    return fill(documentTemplate, cover.lang, cover.title, QStringLiteral("packet-front"), main);
}

QByteArray PacketHtml::sideBySide(const QByteArray &documentTemplate, const QString &title, const QString &primaryLang,
                                  const QString &primaryMain, const QString &secondaryLang,
                                  const QString &secondaryMain, const QString &secondaryPrefix)
{
    // The composer's markup is ours (escaped text, sanitized bodies), so a plain rewrite of id="..."
    // and href="#..." is safe here.
    static const QRegularExpression ids(QStringLiteral("\\bid=\"([^\"]+)\""));
    static const QRegularExpression fragments(QStringLiteral("\\bhref=\"#([^\"]+)\""));
    QString secondary = secondaryMain;
    secondary.replace(ids, QStringLiteral("id=\"%1\\1\"").arg(secondaryPrefix));
    secondary.replace(fragments, QStringLiteral("href=\"#%1\\1\"").arg(secondaryPrefix));
    const QString main = QStringLiteral("<div class=\"sbs\"><div class=\"sbs-col primary\" lang=\"%1\">%2</div>"
                                        "<div class=\"sbs-col secondary\" lang=\"%3\">%4</div></div>")
                             .arg(esc(primaryLang), primaryMain, esc(secondaryLang), secondary);
    return fill(documentTemplate, primaryLang, title, QStringLiteral("packet-sbs"), main);
}

QByteArray PacketHtml::overlay(const QList<PageStamp> &stamps, const QSizeF &paperMm)
{
    // One fixed-size sheet per page. Slightly shorter than the paper: Chromium rounds the page to
    // whole CSS pixels, and a sheet one pixel too tall would spill onto an extra page.
    const QString css =
        QStringLiteral(
            "html,body{margin:0;padding:0;background:transparent}"
            "body{font-family:\"NanumBarunGothic\",\"NanumGothic\",\"Noto Sans CJK KR\",\"DejaVu "
            "Sans\",sans-serif;color:#555}"
            ".sheet{position:relative;width:%1mm;height:%2mm;overflow:hidden;break-after:page}"
            ".sheet:last-child{break-after:auto}"
            ".head{position:absolute;top:9mm;left:18mm;right:18mm;display:flex;justify-content:space-between;gap:8mm;"
            "font-size:7.5pt;line-height:1.3;border-bottom:0.5pt solid #aaa;padding-bottom:1.2mm;white-space:nowrap}"
            ".head span{overflow:hidden;text-overflow:ellipsis}.head .aside{flex:0 1 auto;color:#888}"
            ".head .doc{flex:0 1 auto;font-weight:600}"
            ".foot{position:absolute;bottom:8mm;left:18mm;right:18mm;text-align:center;font-size:8.5pt}")
            .arg(paperMm.width() - 1, 0, 'f', 1)
            .arg(paperMm.height() - 1.5, 0, 'f', 1);
    QString body;
    for (const PageStamp &s : stamps) {
        body += QStringLiteral("<div class=\"sheet\" lang=\"%1\">").arg(esc(s.lang));
        if (!s.header.isEmpty())
            body +=
                QStringLiteral("<div class=\"head\"><span class=\"doc\">%1</span><span class=\"aside\">%2</span></div>")
                    .arg(esc(s.header), esc(s.aside));
        if (!s.number.isEmpty())
            body += QStringLiteral("<div class=\"foot\">%1</div>").arg(esc(s.number));
        body += QStringLiteral("</div>");
    }
    const QString lang = stamps.isEmpty() ? QStringLiteral("en") : stamps.first().lang;
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"%1\"><head><meta http-equiv=\"Content-Security-Policy\" content=\"%2\">"
               "<meta charset=\"utf-8\"><style>%3</style></head><body>%4</body></html>")
        .arg(esc(lang), QString::fromLatin1(Core::PageComposer::contentSecurityPolicy()), css, body)
        .toUtf8();
}

} // namespace Ss::Export
