// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "htmlprocessor.h"

#include <QSet>

#include <gumbo.h>

#include <array>
#include <cstring>
#include <memory>
#include <vector>

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

//! The three sets above as bits of one table, looked up on every element.
enum TagClass : unsigned char { Dropped = 1, Kept = 2, Void = 4 };
unsigned char tagClass(GumboTag tag)
{
    static const auto table = [] {
        std::array<unsigned char, GUMBO_TAG_LAST + 1> t{};
        for (const GumboTag k : kDropped)
            t[size_t(k)] |= Dropped;
        for (const GumboTag k : kKept)
            t[size_t(k)] |= Kept;
        for (const GumboTag k : kVoid)
            t[size_t(k)] |= Void;
        return t;
    }();
    return size_t(tag) < table.size() ? table[size_t(tag)] : 0;
}

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
    // Runs of characters that need no escape are appended at once: this is on every text node.
    const char *run = text;
    for (const char *p = text;; ++p) {
        const char c = *p;
        if (c != '&' && c != '<' && c != '>' && (c != '"' || !inAttribute) && c != '\0')
            continue;
        if (p > run)
            out->append(run, p - run);
        run = p + 1;
        switch (c) {
        case '&': out->append("&amp;"); break;
        case '<': out->append("&lt;"); break;
        case '>': out->append("&gt;"); break;
        case '"': out->append("&quot;"); break;
        default: return; // the terminating NUL
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
            appendText(node->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            element(node);
            return;
        default:
            return;
        }
    }

    //! The plain text, in UTF-8 (converted once at the end rather than per text node).
    const QByteArray &text() const { return m_text; }

private:
    void appendText(const char *utf8)
    {
        const qsizetype size = qsizetype(std::strlen(utf8));
        m_text.append(utf8, size);
        if (m_headingDepth > 0)
            m_headingText.append(utf8, size);
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
        const unsigned char tagBits = tagClass(tag);
        if (tagBits & Dropped) {
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
        if (!(tagBits & Kept)) {
            children(node);
            return;
        }
        const bool block = isBlock(tag);
        const char *const tagName = gumbo_normalized_tagname(tag);
        QByteArray open;
        open.reserve(64);
        open += '<';
        open += tagName;
        QString id;
        for (unsigned i = 0; i < el.attributes.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
            if (!attributeAllowed(tag, attr->name)) {
                ++m_result->removedCount;
                continue;
            }
            const QByteArrayView name(attr->name);
            const char *value = attr->value; // UTF-8, as the parser decoded it
            QByteArray resolvedUtf8;
            if (name == "href" || name == "src") {
                QString resolved;
                if (!resolveUrl(QString::fromUtf8(value), tag == GUMBO_TAG_IMG, &resolved)) {
                    if (tag == GUMBO_TAG_IMG)
                        return; // an image with no usable source is left out
                    continue;
                }
                resolvedUtf8 = resolved.toUtf8();
                value = resolvedUtf8.constData();
            } else if (name == "id") {
                id = QString::fromUtf8(value);
            }
            open += ' ';
            open += attr->name;
            open += "=\"";
            escape(&open, value, true);
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
        const qsizetype textStart = m_text.size();
        if (!(tagBits & Void)) {
            children(node);
            m_result->body += "</";
            m_result->body += tagName;
            m_result->body += '>';
        }
        if (isSectionHeading) {
            --m_headingDepth;
            m_result->headings.append({tag == GUMBO_TAG_H2 ? 2 : 3, id, QString::fromUtf8(m_headingText).simplified()});
        }
        if (m_h1 && tag == GUMBO_TAG_H1) {
            m_result->title = QString::fromUtf8(m_text.constData() + textStart, m_text.size() - textStart).simplified();
            m_h1 = false;
        }
        if (block)
            m_text += '\n';
        else if (tag == GUMBO_TAG_IMG) {
            for (unsigned i = 0; i < el.attributes.length; ++i) {
                const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
                if (QByteArrayView(attr->name) == "alt") {
                    appendText(" ");
                    appendText(attr->value);
                    appendText(" ");
                }
            }
        }
    }

    const HtmlProcessor::Resolver &m_resolver;
    ProcessedHtml *m_result;
    int m_headingDepth = 0;
    QByteArray m_text;
    QByteArray m_headingText;
    bool m_h1 = false;
};

/*! \brief Builds the tree gumbo would build, for the strict subset of HTML that md4c writes.
 *
 * gumbo is a complete HTML5 parser and took most of the packer's time, yet HTML rendered from
 * Markdown needs none of HTML5's error recovery: a few element types, properly nested and closed,
 * attributes in double quotes, text with only the escapes &amp; &lt; &gt; &quot;. parse()
 * accepts exactly such input, where the HTML5 tree construction algorithm does nothing but
 * nest the elements as written, and builds the same nodes gumbo would (as GumboNode structures,
 * so that the one Walker sanitizes both). Everything else makes parse() return false and the
 * caller uses gumbo: other elements, character references, comments, misnesting, an element that
 * would implicitly close another (a block in <p>, nested headings or links, <li> outside a
 * list), content a table would move elsewhere, a newline right after <pre>, characters that
 * gumbo replaces (NUL, CR, invalid UTF-8, the code points HTML forbids), duplicate attributes.
 * Raw HTML written inside Markdown goes through the same test. */
class StrictParser
{
public:
    bool parse(const QByteArray &html)
    {
        m_in = html.constData();
        m_end = m_in + html.size();
        m_nodes.clear();
        m_attrs.clear();
        m_strings.clear();
        m_strings.reserve(html.size() + 64);
        m_nodes.push_back({GUMBO_NODE_ELEMENT, GUMBO_TAG_BODY, -1, 0, 0, 0});
        m_stack.assign(1, 0);
        if (m_in < m_end && *m_in != '<')
            return false; // gumbo drops leading whitespace
        bool afterPre = false;
        const char *p = m_in;
        while (p < m_end) {
            if (*p == '<') {
                if (p + 1 < m_end && p[1] == '/') {
                    const char *name = p + 2;
                    const char *q = name;
                    while (q < m_end && isNameChar(*q))
                        ++q;
                    if (q == name || q >= m_end || *q != '>' || m_stack.size() < 2
                        || m_nodes[size_t(m_stack.back())].tag != gumbo_tagn_enum(name, unsigned(q - name)))
                        return false;
                    m_stack.pop_back();
                    p = q + 1;
                } else {
                    p = startTag(p + 1);
                    if (!p)
                        return false;
                    afterPre = m_nodes.back().tag == GUMBO_TAG_PRE;
                    continue;
                }
            } else {
                const char *q = static_cast<const char *>(std::memchr(p, '<', size_t(m_end - p)));
                if (!q)
                    q = m_end;
                if ((afterPre && *p == '\n') || !text(p, q))
                    return false;
                p = q;
            }
            afterPre = false;
        }
        if (m_stack.size() != 1 || !isCleanUtf8())
            return false;
        build();
        return true;
    }

    const GumboNode *body() const { return &m_gumboNodes.front(); }

private:
    struct Node
    {
        GumboNodeType type;
        GumboTag tag;
        int parent;
        qsizetype text;  // offset in m_strings of a text node's text
        int firstAttr;   // index in m_attrs
        int attrCount;
    };
    struct Attr
    {
        qsizetype name;  // offsets in m_strings
        qsizetype value;
    };

    static bool isNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }
    static bool isVoid(GumboTag tag) { return tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR; }

    //! Valid UTF-8 without anything gumbo's input stream would change.
    bool isCleanUtf8() const
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_in);
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        while (p < end) {
            // Eight plain ASCII characters at a time: no high bit, nothing below 0x20 or at 0x7F
            // (tabs, newlines and form feeds then take the slower path below).
            if (end - p >= 8) {
                quint64 w;
                std::memcpy(&w, p, 8);
                const quint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
                if (((w | ((w - 0x2020202020202020ull) & ~w) | ((w ^ 0x7F7F7F7F7F7F7F7Full) - ones)) & highs) == 0) {
                    p += 8;
                    continue;
                }
            }
            const unsigned c = *p;
            if (c < 0x80) {
                if (c == 0 || c == '\r' || (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F)
                    return false;
                ++p;
                continue;
            }
            unsigned cp;
            int n;
            if (c >= 0xC2 && c <= 0xDF) {
                cp = c & 0x1F;
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                cp = c & 0x0F;
                n = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                cp = c & 0x07;
                n = 3;
            } else {
                return false;
            }
            if (end - p <= n)
                return false;
            for (int i = 1; i <= n; ++i) {
                if ((p[i] & 0xC0) != 0x80)
                    return false;
                cp = (cp << 6) | (p[i] & 0x3F);
            }
            if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)
                || cp <= 0x9F || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
                return false;
            p += n + 1;
        }
        return true;
    }

    static bool contains(const char *p, const char *end, char c) { return std::memchr(p, c, size_t(end - p)) != nullptr; }

    //! Appends the text of [p, end) to m_strings with the four escapes decoded; false for any
    //! other '&' or for '<', '>' and '"' (which only raw HTML would leave unescaped).
    bool decode(const char *p, const char *end)
    {
        if (contains(p, end, '<') || contains(p, end, '>') || contains(p, end, '"'))
            return false;
        while (p < end) {
            const char *amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
            const char *stop = amp ? amp : end;
            m_strings.append(p, stop - p);
            if (!amp)
                break;
            const qsizetype left = end - amp;
            if (left >= 5 && std::memcmp(amp, "&amp;", 5) == 0) {
                m_strings += '&';
                p = amp + 5;
            } else if (left >= 4 && std::memcmp(amp, "&lt;", 4) == 0) {
                m_strings += '<';
                p = amp + 4;
            } else if (left >= 4 && std::memcmp(amp, "&gt;", 4) == 0) {
                m_strings += '>';
                p = amp + 4;
            } else if (left >= 6 && std::memcmp(amp, "&quot;", 6) == 0) {
                m_strings += '"';
                p = amp + 6;
            } else {
                return false;
            }
        }
        m_strings += '\0';
        return true;
    }

    bool text(const char *p, const char *end)
    {
        bool isWhitespace = true;
        for (const char *q = p; q < end && isWhitespace; ++q)
            isWhitespace = isSpace(*q);
        switch (m_nodes[size_t(m_stack.back())].tag) {
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TR:
            if (!isWhitespace)
                return false; // would be moved out of the table ("foster parenting")
            break;
        default:
            break;
        }
        const qsizetype offset = m_strings.size();
        if (!decode(p, end))
            return false;
        m_nodes.push_back({isWhitespace ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT, GUMBO_TAG_UNKNOWN, m_stack.back(), offset, 0, 0});
        return true;
    }

    bool onStack(GumboTag tag) const
    {
        for (const int i : m_stack) {
            if (m_nodes[size_t(i)].tag == tag)
                return true;
        }
        return false;
    }

    //! Whether inserting \a tag here is plain nesting for the HTML5 tree builder.
    bool fits(GumboTag tag) const
    {
        const GumboTag current = m_nodes[size_t(m_stack.back())].tag;
        switch (current) {
        case GUMBO_TAG_TABLE: return tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY;
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY: return tag == GUMBO_TAG_TR;
        case GUMBO_TAG_TR: return tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TD;
        default: break;
        }
        switch (tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            for (const int i : m_stack) {
                const GumboTag t = m_nodes[size_t(i)].tag;
                if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)
                    return false;
            }
            return !onStack(GUMBO_TAG_P);
        case GUMBO_TAG_P: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE: case GUMBO_TAG_HR:
            return !onStack(GUMBO_TAG_P);
        case GUMBO_TAG_LI:
            return (current == GUMBO_TAG_UL || current == GUMBO_TAG_OL) && !onStack(GUMBO_TAG_P);
        case GUMBO_TAG_A:
            return !onStack(GUMBO_TAG_A);
        case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_DEL: case GUMBO_TAG_CODE: {
            int same = 0; // a fourth nested copy would meet the "Noah's Ark" clause
            for (const int i : m_stack)
                same += m_nodes[size_t(i)].tag == tag ? 1 : 0;
            return same < 3;
        }
        case GUMBO_TAG_IMG: case GUMBO_TAG_BR:
            return true;
        default:
            return false; // thead, tbody, tr, th, td outside their table, and every other element
        }
    }

    //! Parses a start tag after its '<'; returns the position after its '>', or nullptr.
    const char *startTag(const char *p)
    {
        const char *name = p;
        while (p < m_end && isNameChar(*p))
            ++p;
        if (p == name || !(*name >= 'a' && *name <= 'z'))
            return nullptr;
        const GumboTag tag = gumbo_tagn_enum(name, unsigned(p - name));
        if (!fits(tag))
            return nullptr;
        const int firstAttr = int(m_attrs.size());
        while (p < m_end && *p == ' ') {
            const char *attrName = ++p;
            while (p < m_end && ((*p >= 'a' && *p <= 'z') || *p == '-'))
                ++p;
            if (p == attrName || m_end - p < 2 || p[0] != '=' || p[1] != '"')
                return nullptr;
            const QByteArrayView attr(attrName, p - attrName);
            for (size_t i = size_t(firstAttr); i < m_attrs.size(); ++i) {
                if (attr == QByteArrayView(m_strings.constData() + m_attrs[i].name))
                    return nullptr; // gumbo would keep the first only
            }
            const char *value = p + 2;
            const char *close = static_cast<const char *>(std::memchr(value, '"', size_t(m_end - value)));
            if (!close)
                return nullptr;
            const qsizetype nameOffset = m_strings.size();
            m_strings.append(attr.data(), attr.size());
            m_strings += '\0';
            const qsizetype valueOffset = m_strings.size();
            if (!decode(value, close))
                return nullptr;
            m_attrs.push_back({nameOffset, valueOffset});
            p = close + 1;
        }
        if (p >= m_end || *p != '>')
            return nullptr;
        m_nodes.push_back({GUMBO_NODE_ELEMENT, tag, m_stack.back(), 0, firstAttr, int(m_attrs.size()) - firstAttr});
        if (!isVoid(tag))
            m_stack.push_back(int(m_nodes.size()) - 1);
        return p + 1;
    }

    //! Turns the nodes into GumboNode structures with the fields the Walker reads.
    void build()
    {
        const char *strings = m_strings.constData();
        m_gumboNodes.assign(m_nodes.size(), GumboNode{});
        m_gumboAttrs.assign(m_attrs.size(), GumboAttribute{});
        std::vector<unsigned> childCount(m_nodes.size(), 0);
        for (const Node &n : m_nodes) {
            if (n.parent >= 0)
                ++childCount[size_t(n.parent)];
        }
        m_pointers.assign(m_nodes.size() + m_attrs.size(), nullptr);
        std::vector<size_t> next(m_nodes.size(), 0); // next free slot of each element's child list
        size_t slot = 0;
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            const Node &n = m_nodes[i];
            GumboNode &g = m_gumboNodes[i];
            g.type = n.type;
            g.parent = n.parent >= 0 ? &m_gumboNodes[size_t(n.parent)] : nullptr;
            if (n.type == GUMBO_NODE_ELEMENT) {
                g.v.element.tag = n.tag;
                g.v.element.tag_namespace = GUMBO_NAMESPACE_HTML;
                g.v.element.children.data = m_pointers.data() + slot;
                g.v.element.children.capacity = childCount[i];
                next[i] = slot;
                slot += childCount[i];
                g.v.element.attributes.data = m_pointers.data() + slot;
                g.v.element.attributes.length = unsigned(n.attrCount);
                g.v.element.attributes.capacity = unsigned(n.attrCount);
                for (int a = 0; a < n.attrCount; ++a) {
                    GumboAttribute &attr = m_gumboAttrs[size_t(n.firstAttr + a)];
                    attr.attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
                    attr.name = strings + m_attrs[size_t(n.firstAttr + a)].name;
                    attr.value = strings + m_attrs[size_t(n.firstAttr + a)].value;
                    m_pointers[slot++] = &attr;
                }
            } else {
                g.v.text.text = strings + n.text;
            }
            if (n.parent >= 0) {
                GumboNode &parent = m_gumboNodes[size_t(n.parent)];
                g.index_within_parent = parent.v.element.children.length++;
                m_pointers[next[size_t(n.parent)]++] = &g;
            }
        }
    }

    const char *m_in = nullptr;
    const char *m_end = nullptr;
    std::vector<Node> m_nodes;
    std::vector<Attr> m_attrs;
    std::vector<int> m_stack;
    QByteArray m_strings;
    std::vector<GumboNode> m_gumboNodes;
    std::vector<GumboAttribute> m_gumboAttrs;
    std::vector<void *> m_pointers;
};

/*! \brief Memory for one gumbo parse: gumbo allocates and frees millions of small blocks per
 * megabyte of HTML, which cost as much as the parsing; here they are carved from large chunks and
 * all released at once when the parse's tree is no longer needed. */
class GumboArena
{
public:
    GumboArena() = default;
    Q_DISABLE_COPY_MOVE(GumboArena)

    //! Options that make gumbo allocate from \a arena.
    static GumboOptions options(GumboArena *arena)
    {
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = &GumboArena::allocate;
        options.deallocator = &GumboArena::deallocate;
        options.userdata = arena;
        options.max_errors = 0; // nothing reads the parse errors; recording them all costs time
        return options;
    }

private:
    static void *allocate(void *userdata, size_t size) { return static_cast<GumboArena *>(userdata)->take(size); }
    static void deallocate(void *, void *) {}

    void *take(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > m_left) {
            const size_t chunk = std::max(size, kChunkSize);
            m_chunks.emplace_back(new char[chunk]); // uninitialized, unlike make_unique
            m_next = m_chunks.back().get();
            m_left = chunk;
        }
        void *block = m_next;
        m_next += size;
        m_left -= size;
        return block;
    }

    static constexpr size_t kChunkSize = size_t(1) << 20;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

//! The text with the runs of blank lines that block boundaries leave collapsed, trimmed.
QString collapseBlankLines(const QString &in)
{
    QString text(in.size(), Qt::Uninitialized);
    QChar *out = text.data();
    int newlines = 0;
    for (const QChar c : in) {
        if (c == u'\n') {
            if (++newlines > 1)
                continue;
        } else if (!c.isSpace()) {
            newlines = 0;
        } else if (newlines > 0) {
            continue;
        }
        *out++ = c;
    }
    text.truncate(out - text.constData());
    return text.trimmed();
}

} // namespace

ProcessedHtml HtmlProcessor::process(const QByteArray &html, const Resolver &resolver)
{
    ProcessedHtml result;
    Walker walker(resolver, &result);
    StrictParser strict;
    if (strict.parse(html)) {
        walker.walk(strict.body());
    } else {
        GumboArena arena; // frees the whole tree at the end of this block
        const GumboOptions options = GumboArena::options(&arena);
        walker.walk(gumbo_parse_with_options(&options, html.constData(), size_t(html.size()))->root);
    }
    result.text = collapseBlankLines(QString::fromUtf8(walker.text()));
    return result;
}

} // namespace Ss::Packer
