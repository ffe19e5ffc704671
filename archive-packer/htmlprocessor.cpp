// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "htmlprocessor.h"

#include <QSet>

#include <gumbo.h>

namespace Ss::Packer {

namespace {

// Elements removed together with everything inside them.
const QSet<GumboTag> kDropped{
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,    GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,  GUMBO_TAG_NOSCRIPT,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_FORM,   GUMBO_TAG_INPUT,  GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_LINK,   GUMBO_TAG_META,     GUMBO_TAG_BASE,   GUMBO_TAG_SVG,      GUMBO_TAG_MATH,   GUMBO_TAG_VIDEO,
    GUMBO_TAG_AUDIO,  GUMBO_TAG_CANVAS,   GUMBO_TAG_FRAME,  GUMBO_TAG_FRAMESET, GUMBO_TAG_HEAD,   GUMBO_TAG_TITLE,
    GUMBO_TAG_APPLET, GUMBO_TAG_PARAM,    GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,    GUMBO_TAG_NAV,
};

// Elements kept (with their allowed attributes). Anything else is unwrapped: its children stay.
const QSet<GumboTag> kKept{
    GUMBO_TAG_P,       GUMBO_TAG_H1,      GUMBO_TAG_H2,      GUMBO_TAG_H3,         GUMBO_TAG_H4,      GUMBO_TAG_H5,
    GUMBO_TAG_H6,      GUMBO_TAG_UL,      GUMBO_TAG_OL,      GUMBO_TAG_LI,         GUMBO_TAG_A,       GUMBO_TAG_IMG,
    GUMBO_TAG_TABLE,   GUMBO_TAG_THEAD,   GUMBO_TAG_TBODY,   GUMBO_TAG_TFOOT,      GUMBO_TAG_TR,      GUMBO_TAG_TH,
    GUMBO_TAG_TD,      GUMBO_TAG_CAPTION, GUMBO_TAG_EM,      GUMBO_TAG_STRONG,     GUMBO_TAG_B,       GUMBO_TAG_I,
    GUMBO_TAG_U,       GUMBO_TAG_CODE,    GUMBO_TAG_PRE,     GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_HR,      GUMBO_TAG_BR,
    GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_SPAN, GUMBO_TAG_DIV,        GUMBO_TAG_SUP,     GUMBO_TAG_SUB,
    GUMBO_TAG_DEL,     GUMBO_TAG_S,       GUMBO_TAG_DL,      GUMBO_TAG_DT,         GUMBO_TAG_DD,      GUMBO_TAG_SECTION,
    GUMBO_TAG_ARTICLE, GUMBO_TAG_ABBR,    GUMBO_TAG_SMALL,   GUMBO_TAG_MARK,       GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,
    GUMBO_TAG_KBD,     GUMBO_TAG_VAR,     GUMBO_TAG_Q,       GUMBO_TAG_CITE,       GUMBO_TAG_TIME,    GUMBO_TAG_COL,
    GUMBO_TAG_COLGROUP, GUMBO_TAG_ASIDE,  GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER,     GUMBO_TAG_MAIN,    GUMBO_TAG_INS,
    GUMBO_TAG_SAMP,    GUMBO_TAG_DFN,     GUMBO_TAG_WBR,
};

const QSet<GumboTag> kVoid{GUMBO_TAG_IMG, GUMBO_TAG_HR, GUMBO_TAG_BR, GUMBO_TAG_COL, GUMBO_TAG_WBR};

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DIV:
    case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

bool attributeAllowed(GumboTag tag, const char *name)
{
    const QByteArrayView n(name);
    if (n == "id" || n == "class" || n == "title" || n == "lang" || n == "dir")
        return true;
    switch (tag) {
    case GUMBO_TAG_A:
        return n == "href";
    case GUMBO_TAG_IMG:
        return n == "src" || n == "alt" || n == "width" || n == "height";
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return n == "colspan" || n == "rowspan" || n == "align" || n == "scope";
    case GUMBO_TAG_OL:
        return n == "start" || n == "type" || n == "reversed";
    case GUMBO_TAG_LI:
        return n == "value";
    case GUMBO_TAG_TIME:
        return n == "datetime";
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
        return n == "span";
    default:
        return false;
    }
}

void escape(QByteArray *out, const char *text, bool inAttribute)
{
    for (const char *p = text; *p; ++p) {
        switch (*p) {
        case '&': out->append("&amp;"); break;
        case '<': out->append("&lt;"); break;
        case '>': out->append("&gt;"); break;
        case '"':
            if (inAttribute) {
                out->append("&quot;");
                break;
            }
            Q_FALLTHROUGH();
        default:
            out->append(*p);
        }
    }
}

//! The scheme of \a url as a browser would see it (ignoring whitespace and control characters
//! inside, as browsers do), lowercased; empty for a relative URL.
QString schemeOf(const QString &url)
{
    QString compact;
    for (const QChar c : url) {
        if (c.unicode() > 0x20)
            compact += c.toLower();
    }
    qsizetype i = 0;
    while (i < compact.size() && (compact.at(i).isLetterOrNumber() || compact.at(i) == u'+' || compact.at(i) == u'-'
                                  || compact.at(i) == u'.'))
        ++i;
    if (i > 0 && i < compact.size() && compact.at(i) == u':' && compact.at(0).isLetter())
        return compact.left(i);
    return {};
}

class Walker
{
public:
    Walker(const HtmlProcessor::Resolver &resolver, ProcessedHtml *result)
        : m_resolver(resolver), m_result(result)
    {
    }

    void children(const GumboNode *node)
    {
        const GumboVector &kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            walk(static_cast<const GumboNode *>(kids.data[i]));
    }

    void walk(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            escape(&m_result->body, node->v.text.text, false);
            appendText(QString::fromUtf8(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            element(node);
            return;
        default:
            return;
        }
    }

private:
    void appendText(const QString &text)
    {
        m_result->text += text;
        if (m_headingDepth > 0)
            m_headingText += text;
    }

    //! Resolves a URL attribute; returns false when the attribute must be dropped.
    bool resolveUrl(const QString &url, bool isImage, QString *out)
    {
        const QString trimmed = url.trimmed();
        if (trimmed.isEmpty())
            return false;
        if (trimmed.startsWith(u'#')) {
            *out = trimmed;
            return !isImage;
        }
        const QString scheme = schemeOf(trimmed);
        if (!scheme.isEmpty()) {
            if (!isImage && (scheme == u"http" || scheme == u"https" || scheme == u"mailto")) {
                *out = trimmed;
                return true;
            }
            if (isImage && (scheme == u"http" || scheme == u"https"))
                m_result->problems.append({trimmed, QStringLiteral("remote image %1 cannot be shown offline; "
                                                                   "put the file beside the document")
                                                        .arg(trimmed)});
            ++m_result->removedCount;
            return false;
        }
        if (trimmed.startsWith(u"//")) {
            ++m_result->removedCount;
            return false;
        }
        const LinkTarget target = m_resolver(trimmed, isImage);
        if (target.kind == LinkTarget::Kind::Invalid) {
            m_result->problems.append({trimmed, target.error});
            return false;
        }
        if (target.kind == LinkTarget::Kind::Document && !m_result->linkedIds.contains(target.docId))
            m_result->linkedIds.append(target.docId);
        *out = target.url;
        return true;
    }

    void element(const GumboNode *node)
    {
        const GumboElement &el = node->v.element;
        const GumboTag tag = el.tag;
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) {
            children(node);
            return;
        }
        if (kDropped.contains(tag)) {
            if (tag == GUMBO_TAG_TITLE && m_result->title.isEmpty() && el.children.length > 0) {
                const auto *text = static_cast<const GumboNode *>(el.children.data[0]);
                if (text->type == GUMBO_NODE_TEXT)
                    m_result->title = QString::fromUtf8(text->v.text.text).simplified();
            } else if (tag == GUMBO_TAG_HEAD) {
                // Nothing of <head> is emitted; only its <title> is read.
                const GumboVector &kids = el.children;
                for (unsigned i = 0; i < kids.length; ++i) {
                    const auto *kid = static_cast<const GumboNode *>(kids.data[i]);
                    if (kid->type == GUMBO_NODE_ELEMENT && kid->v.element.tag == GUMBO_TAG_TITLE)
                        element(kid);
                }
                return;
            }
            ++m_result->removedCount;
            return;
        }
        if (!kKept.contains(tag)) {
            children(node);
            return;
        }
        const bool block = isBlock(tag);
        QByteArray open = QByteArray("<") + gumbo_normalized_tagname(tag);
        QString id;
        for (unsigned i = 0; i < el.attributes.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
            if (!attributeAllowed(tag, attr->name)) {
                ++m_result->removedCount;
                continue;
            }
            QString value = QString::fromUtf8(attr->value);
            const QByteArrayView name(attr->name);
            if (name == "href" || name == "src") {
                QString resolved;
                if (!resolveUrl(value, tag == GUMBO_TAG_IMG, &resolved)) {
                    if (tag == GUMBO_TAG_IMG)
                        return; // an image with no usable source is left out
                    continue;
                }
                value = resolved;
            }
            if (name == "id")
                id = value;
            open += ' ';
            open += attr->name;
            open += "=\"";
            escape(&open, value.toUtf8().constData(), true);
            open += '"';
        }
        const bool isSectionHeading = tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3;
        if (isSectionHeading && id.isEmpty()) {
            id = QStringLiteral("sec-%1").arg(m_result->headings.size() + 1);
            open += " id=\"" + id.toUtf8() + '"';
        }
        open += '>';
        m_result->body += open;
        if (isSectionHeading) {
            ++m_headingDepth;
            m_headingText.clear();
        }
        if (tag == GUMBO_TAG_H1 && m_result->title.isEmpty())
            m_h1 = true;
        const qsizetype textStart = m_result->text.size();
        if (!kVoid.contains(tag)) {
            children(node);
            m_result->body += "</" + QByteArray(gumbo_normalized_tagname(tag)) + '>';
        }
        if (isSectionHeading) {
            --m_headingDepth;
            m_result->headings.append({tag == GUMBO_TAG_H2 ? 2 : 3, id, m_headingText.simplified()});
        }
        if (m_h1 && tag == GUMBO_TAG_H1) {
            m_result->title = m_result->text.mid(textStart).simplified();
            m_h1 = false;
        }
        if (block)
            m_result->text += u'\n';
        else if (tag == GUMBO_TAG_IMG) {
            for (unsigned i = 0; i < el.attributes.length; ++i) {
                const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
                if (QByteArrayView(attr->name) == "alt")
                    appendText(u' ' + QString::fromUtf8(attr->value) + u' ');
            }
        }
    }

    const HtmlProcessor::Resolver &m_resolver;
    ProcessedHtml *m_result;
    int m_headingDepth = 0;
    QString m_headingText;
    bool m_h1 = false;
};

} // namespace

ProcessedHtml HtmlProcessor::process(const QByteArray &html, const Resolver &resolver)
{
    ProcessedHtml result;
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    Walker walker(resolver, &result);
    walker.walk(output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    // Collapse the runs of blank lines that block boundaries leave in the text.
    QString text;
    text.reserve(result.text.size());
    int newlines = 0;
    for (const QChar c : std::as_const(result.text)) {
        if (c == u'\n') {
            if (++newlines > 1)
                continue;
        } else if (!c.isSpace()) {
            newlines = 0;
        } else if (newlines > 0) {
            continue;
        }
        text += c;
    }
    result.text = text.trimmed();
    return result;
}

} // namespace Ss::Packer
