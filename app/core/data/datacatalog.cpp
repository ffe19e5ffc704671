// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "datacatalog.h"

#include "archive/archivereader.h"

#include <type_traits>

namespace Ss::Core {

namespace {
LocalizedText titlesOf(const ArchiveNode &node)
{
    LocalizedText out;
    for (auto it = node.texts.cbegin(); it != node.texts.cend(); ++it)
        out.insert(it.key(), it.value().title);
    return out;
}

// The first language-neutral (or default-language) value of a field, for the numbers and slugs
// that the packer stores once.
QVariant neutral(const QList<DocumentField> &fields, QLatin1String name)
{
    QVariant any;
    for (const DocumentField &f : fields) {
        if (f.name != name)
            continue;
        if (f.lang.isEmpty())
            return f.value;
        if (!any.isValid())
            any = f.value;
    }
    return any;
}

LocalizedText localized(const QList<DocumentField> &fields, QLatin1String name)
{
    LocalizedText out;
    for (const DocumentField &f : fields) {
        if (f.name == name && !out.contains(f.lang))
            out.insert(f.lang, f.value.toString());
    }
    return out;
}

// A number field, or \a missing when it is absent or not a number.
template <typename T> T number(const QVariant &value, T missing)
{
    bool ok = false;
    if constexpr (std::is_floating_point_v<T>) {
        const double d = value.toDouble(&ok);
        return ok ? T(d) : missing;
    } else {
        const qlonglong n = value.toLongLong(&ok);
        return ok ? T(n) : missing;
    }
}
} // namespace

bool DataCatalog::load(ArchiveReader *reader)
{
    clear();
    if (!reader || !reader->isOpen())
        return false;
    m_defaultLanguage = reader->metadata().defaultLanguage;
    const QList<ArchiveNode> &nodes = reader->nodes();
    // Two statements for all the fields, not one per node.
    const QHash<int, QList<DocumentField>> cityFields = reader->fieldsOfKind(QStringLiteral("city"));
    const QHash<int, QList<DocumentField>> activityFields = reader->fieldsOfKind(QStringLiteral("activity"));
    QList<int> activityNodes;
    for (int i = 0; i < nodes.size(); ++i) {
        const ArchiveNode &n = nodes.at(i);
        if (n.isFolder)
            continue;
        if (n.kind == u"activity") {
            activityNodes.append(i);
            continue;
        }
        if (n.kind != u"city")
            continue;
        const QList<DocumentField> fields = cityFields.value(i);
        CityRecord c;
        c.node = i;
        c.docId = n.docId;
        c.names = titlesOf(n);
        c.countries = localized(fields, QLatin1String("country"));
        c.region = neutral(fields, QLatin1String("region")).toString();
        c.relation = neutral(fields, QLatin1String("relation")).toString();
        c.since = number(neutral(fields, QLatin1String("since")), 0);
        c.population = number<qint64>(neutral(fields, QLatin1String("population")), -1);
        const QVariant lat = neutral(fields, QLatin1String("lat"));
        const QVariant lon = neutral(fields, QLatin1String("lon"));
        c.lat = number(lat, 0.0);
        c.lon = number(lon, 0.0);
        c.hasCoordinates = lat.isValid() && lon.isValid() && qAbs(c.lat) <= 90 && qAbs(c.lon) <= 180;
        m_cityByDocId.insert(c.docId, int(m_cities.size()));
        m_cities.append(c);
    }
    for (int i : activityNodes) {
        const ArchiveNode &n = nodes.at(i);
        const QList<DocumentField> fields = activityFields.value(i);
        ActivityRecord a;
        a.node = i;
        a.docId = n.docId;
        a.titles = titlesOf(n);
        a.countries = localized(fields, QLatin1String("country"));
        a.cityId = neutral(fields, QLatin1String("city")).toString();
        a.city = m_cityByDocId.value(a.cityId, -1);
        a.area = neutral(fields, QLatin1String("area")).toString();
        a.status = neutral(fields, QLatin1String("status")).toString();
        a.year = number(neutral(fields, QLatin1String("year")), 0);
        QStringList manualIds;
        for (const DocumentField &f : fields) {
            if (f.name == u"partners")
                a.partners[f.lang].append(f.value.toString());
            else if (f.name == u"manuals" && !manualIds.contains(f.value.toString())) // ids: the same in every language
                manualIds.append(f.value.toString());
        }
        for (const QString &id : std::as_const(manualIds)) {
            const int target = reader->indexOf(id);
            a.manuals.append({id, target >= 0 ? titlesOf(nodes.at(target)) : LocalizedText()});
        }
        if (a.city >= 0)
            ++m_cities[a.city].activityCount;
        m_activities.append(a);
    }
    return true;
}

void DataCatalog::clear()
{
    m_cities.clear();
    m_activities.clear();
    m_cityByDocId.clear();
    m_defaultLanguage.clear();
}

QString DataCatalog::text(const LocalizedText &text, const QString &lang, const QString &fallback)
{
    if (text.isEmpty())
        return {};
    for (const QString &l : {lang, fallback, QString()}) {
        const auto it = text.constFind(l);
        if (it != text.cend() && !it->isEmpty())
            return *it;
    }
    return text.first();
}

} // namespace Ss::Core
