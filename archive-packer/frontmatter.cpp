// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "frontmatter.h"

#include <QDate>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace Ss::Packer {

namespace {

enum class Type { Text, Integer, Number, Slug, Id, TextList, IdList };

struct FieldSpec
{
    const char *name;
    Type type;
    QStringList allowed; // for Slug
    bool isRequired = false;
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const QStringList kRegions{QStringLiteral("asia"), QStringLiteral("europe"), QStringLiteral("americas"),
                           QStringLiteral("middle-east-africa"), QStringLiteral("oceania")};

QList<FieldSpec> specsFor(const QString &kind)
{
    const QStringList &areas = FrontMatterParser::areaSlugs();
    if (kind == u"manual")
        return {{"area", Type::Slug, areas, true}, {"year", Type::Integer, {}, true}, {"contact", Type::Text, {}}};
    if (kind == u"content")
        return {{"area", Type::Slug, areas},
                {"format", Type::Slug,
                 {QStringLiteral("case-study"), QStringLiteral("infographic"), QStringLiteral("report"),
                  QStringLiteral("video"), QStringLiteral("data")}}};
    if (kind == u"city")
        return {{"country", Type::Text, {}, true},
                {"region", Type::Slug, kRegions, true},
                {"lat", Type::Number, {}, true},
                {"lon", Type::Number, {}, true},
                {"population", Type::Integer, {}, true},
                {"relation", Type::Slug,
                 {QStringLiteral("sister"), QStringLiteral("friendship"), QStringLiteral("partner")}, true},
                {"since", Type::Integer, {}, true}};
    if (kind == u"activity")
        return {{"year", Type::Integer, {}, true},
                {"country", Type::Text, {}, true},
                {"city", Type::Id, {}},
                {"area", Type::Slug, areas, true},
                {"status", Type::Slug,
                 {QStringLiteral("completed"), QStringLiteral("ongoing"), QStringLiteral("planned")}, true},
                {"partners", Type::TextList, {}},
                {"manuals", Type::IdList, {}}};
    return {};
}

const QStringList kKinds{QStringLiteral("page"), QStringLiteral("manual"), QStringLiteral("content"),
                         QStringLiteral("city"), QStringLiteral("activity")};
const QStringList kCommonKeys{QStringLiteral("title"),   QStringLiteral("weight"), QStringLiteral("kind"),
                              QStringLiteral("summary"), QStringLiteral("tags"),   QStringLiteral("date"),
                              QStringLiteral("draft"),   QStringLiteral("related")};

bool isIdLike(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$"));
    return re.match(id).hasMatch();
}

/*! \brief Front matter parsed by hand when it keeps to the plain subset of YAML that content files
 * use, with the part of YAML::Node's interface that checkFrontMatter() reads.
 *
 * yaml-cpp matches every character against regular expressions and was a tenth of a whole build.
 * The subset: "key: value" lines at the left margin, each value a plain scalar, a single- or
 * double-quoted scalar on one line, a flow list of such scalars ("[a, 'b']") or a block list
 * ("- item" lines below the key); full-line comments and blank lines. Anything else (nested
 * mappings, multi-line scalars, escapes other than \" and \\, anchors, tags, tabs, CR, empty or
 * null values, duplicate keys, plain scalars that YAML might read otherwise) makes parse() return
 * false, and FrontMatterParser uses yaml-cpp, as it also does for any front matter that has a
 * problem to report: messages and their lines come from yaml-cpp only. */
class SimpleYaml
{
public:
    enum class Kind { Scalar, Sequence, Map };
    struct Item
    {
        int key = -1;  // in a mapping
        int node = -1; // the value, or the sequence item
    };
    struct Data
    {
        Kind kind = Kind::Scalar;
        std::string scalar;
        int line = 0; // 0-based, as YAML::Mark
        std::vector<Item> items;
    };

    bool parse(const std::string &yaml)
    {
        m_nodes.assign(1, Data{Kind::Map, {}, 0, {}});
        if (yaml.find_first_of("\t\r") != std::string::npos || yaml.find("\xC2\x85") != std::string::npos
            || yaml.find("\xE2\x80\xA8") != std::string::npos || yaml.find("\xE2\x80\xA9") != std::string::npos
            || yaml.find("\xEF\xBB\xBF") != std::string::npos)
            return false;
        std::vector<std::string_view> lines;
        for (size_t start = 0; start <= yaml.size();) {
            size_t end = yaml.find('\n', start);
            if (end == std::string::npos)
                end = yaml.size();
            lines.push_back(std::string_view(yaml).substr(start, end - start));
            start = end + 1;
        }
        std::vector<std::string> keys;
        for (size_t i = 0; i < lines.size(); ++i) {
            const std::string_view line = trimRight(lines[i]);
            if (isBlankOrComment(line))
                continue;
            if (!isKeyChar(line.front()))
                return false;
            size_t colon = 0;
            while (colon < line.size() && isKeyChar(line[colon]))
                ++colon;
            if (colon >= line.size() || line[colon] != ':' || (colon + 1 < line.size() && line[colon + 1] != ' '))
                return false;
            const std::string key(line.substr(0, colon));
            if (std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                return false;
            keys.push_back(key);
            const std::string_view rest = trimLeft(line.substr(colon + 1));
            int value = -1;
            if (!rest.empty()) {
                value = rest.front() == '[' ? flowList(rest, int(i)) : scalar(rest, int(i), false);
            } else {
                // A block list: the "- item" lines below, all indented alike.
                value = add({Kind::Sequence, {}, int(i) + 1, {}});
                size_t indent = std::string_view::npos;
                for (; i + 1 < lines.size(); ++i) {
                    const std::string_view next = trimRight(lines[i + 1]);
                    if (isBlankOrComment(next))
                        continue;
                    const size_t spaces = next.find_first_not_of(' ');
                    if (next.substr(spaces, 2) != "- ") {
                        if (spaces == 0)
                            break; // the next key
                        return false;
                    }
                    if (indent == std::string_view::npos)
                        indent = spaces;
                    if (spaces != indent)
                        return false;
                    const int item = scalar(trimLeft(next.substr(spaces + 2)), int(i) + 1, false);
                    if (item < 0)
                        return false;
                    m_nodes[size_t(value)].items.push_back({-1, item});
                }
                if (m_nodes[size_t(value)].items.empty())
                    return false; // a null value
                m_nodes[size_t(value)].line = m_nodes[size_t(m_nodes[size_t(value)].items.front().node)].line;
            }
            if (value < 0)
                return false;
            const int keyNode = add({Kind::Scalar, key, int(i), {}});
            m_nodes[0].items.push_back({keyNode, value});
        }
        return !m_nodes[0].items.empty();
    }

    const Data &node(int index) const { return m_nodes[size_t(index)]; }

private:
    static bool isKeyChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }
    static std::string_view trimRight(std::string_view s)
    {
        while (!s.empty() && s.back() == ' ')
            s.remove_suffix(1);
        return s;
    }
    static std::string_view trimLeft(std::string_view s)
    {
        while (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
        return s;
    }
    static bool isBlankOrComment(std::string_view line)
    {
        line = trimLeft(line);
        return line.empty() || line.front() == '#';
    }

    int add(Data data)
    {
        m_nodes.push_back(std::move(data));
        return int(m_nodes.size()) - 1;
    }

    //! A scalar that is all of \a text; -1 when outside the subset.
    int scalar(std::string_view text, int line, bool inFlow)
    {
        if (text.empty())
            return -1;
        std::string value;
        if (text.front() == '"' || text.front() == '\'') {
            const char quote = text.front();
            size_t i = 1;
            for (; i < text.size(); ++i) {
                const char c = text[i];
                if (c == quote) {
                    if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                        value += '\'';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (quote == '"' && c == '\\') {
                    if (i + 1 >= text.size() || (text[i + 1] != '"' && text[i + 1] != '\\'))
                        return -1;
                    value += text[++i];
                    continue;
                }
                value += c;
            }
            if (i + 1 != text.size())
                return -1; // unclosed, or something after the closing quote
            return add({Kind::Scalar, value, line, {}});
        }
        // A plain scalar that YAML reads as exactly these characters.
        const char first = text.front();
        if (std::string_view("?:,[]{}#&*!|>%@`").find(first) != std::string_view::npos
            || (first == '-' && !(text.size() > 1 && ((text[1] >= '0' && text[1] <= '9') || text[1] == '.'))))
            return -1;
        if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos || text.back() == ':'
            || (inFlow && text.find_first_of(",[]{}:#") != std::string_view::npos))
            return -1;
        if (text == "~" || text == "null" || text == "Null" || text == "NULL")
            return -1; // a null, not a scalar
        return add({Kind::Scalar, std::string(text), line, {}});
    }

    //! A flow list "[a, b]" that is all of \a text.
    int flowList(std::string_view text, int line)
    {
        if (text.back() != ']')
            return -1;
        const int list = add({Kind::Sequence, {}, line, {}});
        std::string_view inside = trimLeft(trimRight(text.substr(1, text.size() - 2)));
        while (!inside.empty()) {
            // Items are split at commas outside quotes.
            size_t end = 0;
            if (inside.front() == '"' || inside.front() == '\'') {
                const char quote = inside.front();
                for (end = 1; end < inside.size(); ++end) {
                    if (quote == '"' && inside[end] == '\\') {
                        ++end; // an escaped character
                    } else if (inside[end] == quote) {
                        if (quote == '\'' && end + 1 < inside.size() && inside[end + 1] == '\'')
                            ++end; // '' is a quote
                        else
                            break;
                    }
                }
                if (end >= inside.size())
                    return -1;
                ++end;
            } else {
                end = std::min(inside.find(','), inside.size());
            }
            const int item = scalar(trimRight(inside.substr(0, end)), line, true);
            if (item < 0)
                return -1;
            m_nodes[size_t(list)].items.push_back({-1, item});
            inside = trimLeft(inside.substr(end));
            if (inside.empty())
                break;
            if (inside.front() != ',')
                return -1;
            inside = trimLeft(inside.substr(1));
            if (inside.empty())
                return -1; // a trailing comma
        }
        return list;
    }

    std::vector<Data> m_nodes; // 0: the root mapping
};

//! A node of a SimpleYaml document, with the member names of YAML::Node that the checks use.
class SimpleNode
{
public:
    struct Position
    {
        int line = -1;
    };
    struct Entry;
    class Iterator;

    SimpleNode() = default;
    SimpleNode(const SimpleYaml *doc, int index) : m_doc(doc), m_index(index) {}

    explicit operator bool() const { return m_doc && m_index >= 0; }
    bool IsScalar() const { return *this && data().kind == SimpleYaml::Kind::Scalar; }
    bool IsSequence() const { return *this && data().kind == SimpleYaml::Kind::Sequence; }
    bool IsMap() const { return *this && data().kind == SimpleYaml::Kind::Map; }
    const std::string &Scalar() const { return data().scalar; }
    Position Mark() const { return {*this ? data().line : -1}; }
    SimpleNode operator[](const char *key) const
    {
        if (IsMap()) {
            for (const SimpleYaml::Item &item : data().items) {
                if (m_doc->node(item.key).scalar == key)
                    return {m_doc, item.node};
            }
        }
        return {};
    }
    Iterator begin() const;
    Iterator end() const;

private:
    const SimpleYaml::Data &data() const { return m_doc->node(m_index); }

    const SimpleYaml *m_doc = nullptr;
    int m_index = -1;
};

//! What iterating yields: in a mapping, key and value as first and second; in a list, the item.
struct SimpleNode::Entry : SimpleNode
{
    SimpleNode first;
    SimpleNode second;
};

class SimpleNode::Iterator
{
public:
    Iterator(const SimpleYaml *doc, const std::vector<SimpleYaml::Item> *items, size_t at) : m_doc(doc), m_items(items), m_at(at) {}
    bool operator!=(const Iterator &other) const { return m_at != other.m_at; }
    Iterator &operator++()
    {
        ++m_at;
        return *this;
    }
    const Entry &operator*() const
    {
        const SimpleYaml::Item &item = (*m_items)[m_at];
        m_entry = {SimpleNode(m_doc, item.key >= 0 ? -1 : item.node), SimpleNode(m_doc, item.key), SimpleNode(m_doc, item.node)};
        return m_entry;
    }
    const Entry *operator->() const { return &**this; }

private:
    const SimpleYaml *m_doc;
    const std::vector<SimpleYaml::Item> *m_items;
    size_t m_at;
    mutable Entry m_entry;
};

SimpleNode::Iterator SimpleNode::begin() const
{
    return {m_doc, *this ? &data().items : nullptr, 0};
}

SimpleNode::Iterator SimpleNode::end() const
{
    return {m_doc, *this ? &data().items : nullptr, *this ? data().items.size() : 0};
}

//! The checks of FrontMatterParser::parse() on a parsed front matter, from yaml-cpp or SimpleYaml.
template<typename Node>
void checkFrontMatter(const Node &root, FrontMatter *fm, const QString &file, const QString &lang,
                      QList<Diagnostic> *diagnostics)
{
    auto error = [&](int line, const QString &message) {
        diagnostics->append({Diagnostic::Severity::Error, file, line, message});
    };
    auto warning = [&](int line, const QString &message) {
        diagnostics->append({Diagnostic::Severity::Warning, file, line, message});
    };
    if (!root.IsMap()) {
        error(2, QStringLiteral("front matter must be a mapping of keys to values"));
        return;
    }
    auto lineOf = [](const Node &node) { return 2 + std::max(0, node.Mark().line); };

    auto scalar = [&](const Node &node, const QString &key, QString *out) {
        if (!node.IsScalar()) {
            error(lineOf(node), QStringLiteral("'%1' must be a text value").arg(key));
            return false;
        }
        *out = qs(node.Scalar());
        return true;
    };
    auto integer = [&](const Node &node, const QString &key, qint64 *out) {
        bool ok = false;
        QString s;
        if (node.IsScalar())
            *out = qs(node.Scalar()).toLongLong(&ok);
        if (!ok)
            error(lineOf(node), QStringLiteral("'%1' must be a whole number").arg(key));
        return ok;
    };
    auto stringList = [&](const Node &node, const QString &key, QStringList *out, QList<int> *lines = nullptr) {
        if (node.IsScalar()) {
            out->append(qs(node.Scalar()));
            if (lines)
                lines->append(lineOf(node));
            return true;
        }
        if (!node.IsSequence()) {
            error(lineOf(node), QStringLiteral("'%1' must be a list").arg(key));
            return false;
        }
        for (const auto &item : node) {
            if (!item.IsScalar()) {
                error(lineOf(item), QStringLiteral("'%1' must be a list of text values").arg(key));
                return false;
            }
            out->append(qs(item.Scalar()));
            if (lines)
                lines->append(lineOf(item));
        }
        return true;
    };

    // The kind first: it decides which typed fields are allowed.
    if (const Node kind = root["kind"]) {
        QString k;
        if (scalar(kind, QStringLiteral("kind"), &k)) {
            if (kKinds.contains(k))
                fm->kind = k;
            else
                error(lineOf(kind), QStringLiteral("unknown kind '%1' (expected one of: %2)").arg(k, kKinds.join(u", ")));
        }
    }
    const QList<FieldSpec> specs = specsFor(fm->kind);

    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it->first.IsScalar() ? qs(it->first.Scalar()) : QString();
        const Node value = it->second;
        const int valueLine = lineOf(it->first);
        if (key == u"title") {
            scalar(value, key, &fm->title);
        } else if (key == u"weight") {
            qint64 w = 0;
            if (integer(value, key, &w))
                fm->weight = int(w);
        } else if (key == u"summary") {
            scalar(value, key, &fm->summary);
        } else if (key == u"tags") {
            stringList(value, key, &fm->tags);
        } else if (key == u"date") {
            QString d;
            if (scalar(value, key, &d)) {
                if (QDate::fromString(d, Qt::ISODate).isValid())
                    fm->date = d;
                else
                    error(valueLine, QStringLiteral("'date' must be a date written YYYY-MM-DD, not '%1'").arg(d));
            }
        } else if (key == u"draft") {
            QString d;
            if (scalar(value, key, &d)) {
                if (d == u"true" || d == u"false")
                    fm->isDraft = d == u"true";
                else
                    error(valueLine, QStringLiteral("'draft' must be true or false"));
            }
        } else if (key == u"related") {
            QStringList ids;
            QList<int> lines;
            if (stringList(value, key, &ids, &lines)) {
                for (qsizetype i = 0; i < ids.size(); ++i)
                    fm->related.append({ids.at(i), lines.at(i)});
            }
        } else if (key == u"kind") {
            continue;
        } else {
            const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                           [&](const FieldSpec &s) { return key == QLatin1String(s.name); });
            if (spec == specs.cend()) {
                warning(valueLine, QStringLiteral("unknown front matter key '%1' for kind '%2' (ignored)").arg(key, fm->kind));
                continue;
            }
            switch (spec->type) {
            case Type::Text: {
                QString s;
                if (scalar(value, key, &s))
                    fm->fields.append({key, lang, s});
                break;
            }
            case Type::Integer: {
                qint64 n = 0;
                if (integer(value, key, &n))
                    fm->fields.append({key, QString(), n});
                break;
            }
            case Type::Number: {
                bool ok = false;
                const double d = value.IsScalar() ? qs(value.Scalar()).toDouble(&ok) : 0.0;
                if (ok)
                    fm->fields.append({key, QString(), d});
                else
                    error(valueLine, QStringLiteral("'%1' must be a number").arg(key));
                break;
            }
            case Type::Slug: {
                QString s;
                if (scalar(value, key, &s)) {
                    if (spec->allowed.contains(s))
                        fm->fields.append({key, QString(), s});
                    else
                        error(valueLine, QStringLiteral("'%1' must be one of: %2 (not '%3')")
                                             .arg(key, spec->allowed.join(u", "), s));
                }
                break;
            }
            case Type::Id:
            case Type::IdList: {
                QStringList ids;
                QList<int> lines;
                if (spec->type == Type::Id && !value.IsScalar()) {
                    error(valueLine, QStringLiteral("'%1' must be one document id").arg(key));
                    break;
                }
                if (!stringList(value, key, &ids, &lines))
                    break;
                for (qsizetype i = 0; i < ids.size(); ++i) {
                    fm->fields.append({key, QString(), ids.at(i)});
                    fm->references.append({ids.at(i), lines.at(i)});
                }
                break;
            }
            case Type::TextList: {
                QStringList items;
                if (stringList(value, key, &items)) {
                    for (const QString &item : std::as_const(items))
                        fm->fields.append({key, lang, item});
                }
                break;
            }
            }
        }
    }
    if (fm->title.trimmed().isEmpty())
        error(2, QStringLiteral("'title' is required"));
    for (const FieldSpec &spec : specs) {
        const bool present = std::any_of(fm->fields.cbegin(), fm->fields.cend(), [&](const Core::DocumentField &f) {
            return f.name == QLatin1String(spec.name);
        });
        if (spec.isRequired && !present)
            warning(2, QStringLiteral("kind '%1' should have the field '%2'").arg(fm->kind, QLatin1String(spec.name)));
    }
    for (const IdReference &ref : std::as_const(fm->related)) {
        if (!isIdLike(ref.id))
            error(ref.line, QStringLiteral("'%1' is not a document id").arg(ref.id));
    }
}

} // namespace

const QStringList &FrontMatterParser::areaSlugs()
{
    static const QStringList areas{QStringLiteral("urban-planning"), QStringLiteral("transportation"),
                                   QStringLiteral("environment"),    QStringLiteral("water"),
                                   QStringLiteral("safety"),         QStringLiteral("smart-city"),
                                   QStringLiteral("economy"),        QStringLiteral("welfare-culture")};
    return areas;
}

FrontMatter FrontMatterParser::parse(const QByteArray &content, const QString &file, const QString &lang,
                                     QList<Diagnostic> *diagnostics)
{
    FrontMatter fm;
    auto error = [&](int line, const QString &message) {
        diagnostics->append({Diagnostic::Severity::Error, file, line, message});
    };

    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
        fm.body = text;
        return fm;
    }
    // Find the closing --- line.
    qsizetype pos = text.indexOf('\n') + 1;
    int line = 2;
    qsizetype yamlEnd = -1;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        const QByteArray l = text.mid(pos, eol - pos).trimmed();
        if (l == "---" || l == "...") {
            yamlEnd = pos;
            fm.body = text.mid(std::min(eol + 1, text.size()));
            fm.bodyLine = line + 1;
            break;
        }
        pos = eol + 1;
        ++line;
    }
    if (yamlEnd < 0) {
        error(1, QStringLiteral("front matter has no closing '---' line"));
        return fm;
    }
    fm.hasFrontMatter = true;
    const std::string yaml = text.mid(text.indexOf('\n') + 1, yamlEnd - text.indexOf('\n') - 1).toStdString();
    // The plain front matter of most files is read without yaml-cpp (see SimpleYaml); when that
    // finds a problem, it is read again with yaml-cpp, whose messages and lines are the ones shown.
    SimpleYaml simple;
    if (simple.parse(yaml)) {
        QList<Diagnostic> problems;
        FrontMatter quick = fm;
        checkFrontMatter(SimpleNode(&simple, 0), &quick, file, lang, &problems);
        if (problems.isEmpty())
            return quick;
    }
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception &e) {
        error(2 + e.mark.line, QStringLiteral("malformed front matter: %1").arg(qs(e.msg)));
        return fm;
    }
    checkFrontMatter(root, &fm, file, lang, diagnostics);
    return fm;
}

} // namespace Ss::Packer
