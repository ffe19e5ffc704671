// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "datalabels.h"

#include <iterator>

namespace Ss::Core {

namespace {
struct Label
{
    const char *slug;
    const char *text;
};

QString lookup(const Label *labels, qsizetype count, const QString &slug)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (slug == QLatin1String(labels[i].slug))
            return DataLabels::tr(labels[i].text);
    }
    return slug;
}

QStringList slugs(const Label *labels, qsizetype count)
{
    QStringList out;
    for (qsizetype i = 0; i < count; ++i)
        out.append(QString::fromLatin1(labels[i].slug));
    return out;
}

const Label kRegions[] = {
    {"asia", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Asia")},
    {"europe", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Europe")},
    {"americas", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Americas")},
    {"middle-east-africa", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Middle East & Africa")},
    {"oceania", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Oceania")},
};
const Label kRelations[] = {
    {"sister", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Sister city")},
    {"friendship", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Friendship city")},
    {"partner", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Partner city")},
};
const Label kStatuses[] = {
    {"completed", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Completed")},
    {"ongoing", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Ongoing")},
    {"planned", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Planned")},
};
const Label kAreas[] = {
    {"urban-planning", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Urban planning & housing")},
    {"transportation", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Transportation")},
    {"environment", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Environment & energy")},
    {"water", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Water")},
    {"safety", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Safety")},
    {"smart-city", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "E-government & smart city")},
    {"economy", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Economy")},
    {"welfare-culture", QT_TRANSLATE_NOOP("Ss::Core::DataLabels", "Welfare & culture")},
};
} // namespace

const QStringList &DataLabels::regions()
{
    static const QStringList list = slugs(kRegions, std::size(kRegions));
    return list;
}

const QStringList &DataLabels::relations()
{
    static const QStringList list = slugs(kRelations, std::size(kRelations));
    return list;
}

const QStringList &DataLabels::statuses()
{
    static const QStringList list = slugs(kStatuses, std::size(kStatuses));
    return list;
}

const QStringList &DataLabels::areas()
{
    static const QStringList list = slugs(kAreas, std::size(kAreas));
    return list;
}

QString DataLabels::region(const QString &slug)
{
    return lookup(kRegions, std::size(kRegions), slug);
}

QString DataLabels::relation(const QString &slug)
{
    return lookup(kRelations, std::size(kRelations), slug);
}

QString DataLabels::status(const QString &slug)
{
    return lookup(kStatuses, std::size(kStatuses), slug);
}

QString DataLabels::area(const QString &slug)
{
    return lookup(kAreas, std::size(kAreas), slug);
}

int DataLabels::rank(const QStringList &order, const QString &slug)
{
    const qsizetype i = order.indexOf(slug);
    return int(i < 0 ? order.size() : i);
}

} // namespace Ss::Core
