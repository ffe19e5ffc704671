// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "frontmatter.h"

#include <QDate>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <functional>

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
    auto warning = [&](int line, const QString &message) {
        diagnostics->append({Diagnostic::Severity::Warning, file, line, message});
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
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception &e) {
        error(2 + e.mark.line, QStringLiteral("malformed front matter: %1").arg(qs(e.msg)));
        return fm;
    }
    if (!root.IsMap()) {
        error(2, QStringLiteral("front matter must be a mapping of keys to values"));
        return fm;
    }
    auto lineOf = [](const YAML::Node &node) { return 2 + std::max(0, node.Mark().line); };

    auto scalar = [&](const YAML::Node &node, const QString &key, QString *out) {
        if (!node.IsScalar()) {
            error(lineOf(node), QStringLiteral("'%1' must be a text value").arg(key));
            return false;
        }
        *out = qs(node.Scalar());
        return true;
    };
    auto integer = [&](const YAML::Node &node, const QString &key, qint64 *out) {
        bool ok = false;
        QString s;
        if (node.IsScalar())
            *out = qs(node.Scalar()).toLongLong(&ok);
        if (!ok)
            error(lineOf(node), QStringLiteral("'%1' must be a whole number").arg(key));
        return ok;
    };
    auto stringList = [&](const YAML::Node &node, const QString &key, QStringList *out, QList<int> *lines = nullptr) {
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
    if (const YAML::Node kind = root["kind"]) {
        QString k;
        if (scalar(kind, QStringLiteral("kind"), &k)) {
            if (kKinds.contains(k))
                fm.kind = k;
            else
                error(lineOf(kind), QStringLiteral("unknown kind '%1' (expected one of: %2)").arg(k, kKinds.join(u", ")));
        }
    }
    const QList<FieldSpec> specs = specsFor(fm.kind);

    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it->first.IsScalar() ? qs(it->first.Scalar()) : QString();
        const YAML::Node value = it->second;
        const int valueLine = lineOf(it->first);
        if (key == u"title") {
            scalar(value, key, &fm.title);
        } else if (key == u"weight") {
            qint64 w = 0;
            if (integer(value, key, &w))
                fm.weight = int(w);
        } else if (key == u"summary") {
            scalar(value, key, &fm.summary);
        } else if (key == u"tags") {
            stringList(value, key, &fm.tags);
        } else if (key == u"date") {
            QString d;
            if (scalar(value, key, &d)) {
                if (QDate::fromString(d, Qt::ISODate).isValid())
                    fm.date = d;
                else
                    error(valueLine, QStringLiteral("'date' must be a date written YYYY-MM-DD, not '%1'").arg(d));
            }
        } else if (key == u"draft") {
            QString d;
            if (scalar(value, key, &d)) {
                if (d == u"true" || d == u"false")
                    fm.isDraft = d == u"true";
                else
                    error(valueLine, QStringLiteral("'draft' must be true or false"));
            }
        } else if (key == u"related") {
            QStringList ids;
            QList<int> lines;
            if (stringList(value, key, &ids, &lines)) {
                for (qsizetype i = 0; i < ids.size(); ++i)
                    fm.related.append({ids.at(i), lines.at(i)});
            }
        } else if (key == u"kind") {
            continue;
        } else {
            const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                           [&](const FieldSpec &s) { return key == QLatin1String(s.name); });
            if (spec == specs.cend()) {
                warning(valueLine, QStringLiteral("unknown front matter key '%1' for kind '%2' (ignored)").arg(key, fm.kind));
                continue;
            }
            switch (spec->type) {
            case Type::Text: {
                QString s;
                if (scalar(value, key, &s))
                    fm.fields.append({key, lang, s});
                break;
            }
            case Type::Integer: {
                qint64 n = 0;
                if (integer(value, key, &n))
                    fm.fields.append({key, QString(), n});
                break;
            }
            case Type::Number: {
                bool ok = false;
                const double d = value.IsScalar() ? qs(value.Scalar()).toDouble(&ok) : 0.0;
                if (ok)
                    fm.fields.append({key, QString(), d});
                else
                    error(valueLine, QStringLiteral("'%1' must be a number").arg(key));
                break;
            }
            case Type::Slug: {
                QString s;
                if (scalar(value, key, &s)) {
                    if (spec->allowed.contains(s))
                        fm.fields.append({key, QString(), s});
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
                    fm.fields.append({key, QString(), ids.at(i)});
                    fm.references.append({ids.at(i), lines.at(i)});
                }
                break;
            }
            case Type::TextList: {
                QStringList items;
                if (stringList(value, key, &items)) {
                    for (const QString &item : std::as_const(items))
                        fm.fields.append({key, lang, item});
                }
                break;
            }
            }
        }
    }
    if (fm.title.trimmed().isEmpty())
        error(2, QStringLiteral("'title' is required"));
    for (const FieldSpec &spec : specs) {
        const bool present = std::any_of(fm.fields.cbegin(), fm.fields.cend(), [&](const Core::DocumentField &f) {
            return f.name == QLatin1String(spec.name);
        });
        if (spec.isRequired && !present)
            warning(2, QStringLiteral("kind '%1' should have the field '%2'").arg(fm.kind, QLatin1String(spec.name)));
    }
    for (const IdReference &ref : std::as_const(fm.related)) {
        if (!isIdLike(ref.id))
            error(ref.line, QStringLiteral("'%1' is not a document id").arg(ref.id));
    }
    return fm;
}

} // namespace Ss::Packer
