// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "citychoice.h"

#include <core/archive/archivereader.h>

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Ss::Ui {

namespace {
QCollator collatorFor(const QString &lang)
{
    QCollator c{QLocale(lang)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    return c;
}

// The value of field \a name in \a lang, else in \a fallback, else language-neutral, else any.
QString fieldText(const QList<Core::DocumentField> &fields, const QString &name, const QString &lang,
                  const QString &fallback)
{
    QString inFallback, neutral, any;
    for (const Core::DocumentField &f : fields) {
        if (f.name != name)
            continue;
        const QString value = f.value.toString();
        if (f.lang == lang)
            return value;
        if (f.lang == fallback && inFallback.isEmpty())
            inFallback = value;
        else if (f.lang.isEmpty() && neutral.isEmpty())
            neutral = value;
        else if (any.isEmpty())
            any = value;
    }
    return !inFallback.isEmpty() ? inFallback : !neutral.isEmpty() ? neutral : any;
}
} // namespace

QList<CityChoice> CityChoice::fromArchive(Core::ArchiveReader &reader, const QString &lang)
{
    QList<CityChoice> out;
    if (!reader.isOpen())
        return out;
    const QString fallback = reader.metadata().defaultLanguage;
    // One statement for the fields of every city page, not one per page.
    const QHash<int, QList<Core::DocumentField>> fields = reader.fieldsOfKind(QStringLiteral("city"));
    const QList<Core::ArchiveNode> &nodes = reader.nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        const Core::ArchiveNode &node = nodes.at(i);
        if (node.isFolder || node.kind != u"city")
            continue;
        CityChoice c;
        c.docId = node.docId;
        c.name = node.title(lang, fallback);
        c.country = fieldText(fields.value(i), QStringLiteral("country"), lang, fallback);
        if (!c.name.isEmpty())
            out.append(c);
    }
    const QCollator collator = collatorFor(lang);
    std::stable_sort(out.begin(), out.end(), [&collator](const CityChoice &a, const CityChoice &b) {
        const int byCountry = collator.compare(a.country, b.country);
        return byCountry != 0 ? byCountry < 0 : collator.compare(a.name, b.name) < 0;
    });
    return out;
}

QStringList CityChoice::countries(const QList<CityChoice> &choices, const QString &lang)
{
    QStringList out;
    QSet<QString> seen;
    for (const CityChoice &c : choices) {
        if (!c.country.isEmpty() && !seen.contains(c.country)) {
            seen.insert(c.country);
            out.append(c.country);
        }
    }
    const QCollator collator = collatorFor(lang);
    std::sort(out.begin(), out.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    return out;
}

} // namespace Ss::Ui
