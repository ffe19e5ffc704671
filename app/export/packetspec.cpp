// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "packetspec.h"

#include <QPageSize>

namespace Ss::Export {

namespace {
QPageSize pageSize(PacketSpec::Paper paper)
{
    return QPageSize(paper == PacketSpec::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}
} // namespace

QStringList PacketSpec::contentLanguages() const
{
    switch (language) {
    case Language::Korean:
        return {QStringLiteral("ko")};
    case Language::English:
        return {QStringLiteral("en")};
    case Language::BothSideBySide:
    case Language::BothSequential:
        break;
    }
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QPageLayout PacketSpec::pageLayout() const
{
    // Top and bottom margins leave 20 and 18 mm for the running header and the page number that
    // PdfAssembler stamps over every page (PacketHtml::overlayPage puts them at 8 mm from the edge).
    const QMarginsF margins =
        language == Language::BothSideBySide ? QMarginsF(12, 20, 12, 18) : QMarginsF(18, 20, 18, 18);
    return QPageLayout(pageSize(paper), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

QPageLayout PacketSpec::overlayLayout() const
{
    return QPageLayout(pageSize(paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QJsonObject PacketSpec::optionsToJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("language"), languageToString(language));
    o.insert(QStringLiteral("paper"), paperToString(paper));
    if (date.isValid())
        o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    return o;
}

void PacketSpec::setOptionsFromJson(const QJsonObject &options)
{
    if (const auto l = languageFromString(options.value(QStringLiteral("language")).toString()))
        language = *l;
    if (const auto p = paperFromString(options.value(QStringLiteral("paper")).toString()))
        paper = *p;
    const QDate d = QDate::fromString(options.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (d.isValid())
        date = d;
}

std::optional<PacketSpec::Language> PacketSpec::languageFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"ko")
        return Language::Korean;
    if (t == u"en")
        return Language::English;
    // "both" alone means one language after the other: it prints and reads better than two
    // narrow columns, and it works for every document (side by side needs both languages).
    if (t == u"both" || t == u"both-sequential")
        return Language::BothSequential;
    if (t == u"both-side-by-side")
        return Language::BothSideBySide;
    return std::nullopt;
}

QString PacketSpec::languageToString(Language language)
{
    switch (language) {
    case Language::Korean:
        return QStringLiteral("ko");
    case Language::English:
        return QStringLiteral("en");
    case Language::BothSideBySide:
        return QStringLiteral("both-side-by-side");
    case Language::BothSequential:
        break;
    }
    return QStringLiteral("both-sequential");
}

std::optional<PacketSpec::Paper> PacketSpec::paperFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"a4")
        return Paper::A4;
    if (t == u"letter")
        return Paper::Letter;
    return std::nullopt;
}

QString PacketSpec::paperToString(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

} // namespace Ss::Export
