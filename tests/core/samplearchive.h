// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

// A small archive with known contents, written through ArchiveWriter. The writer, reader and
// corruption tests all start from it, so the expected values live in one place.

#include <core/archive/archivedocument.h>
#include <core/archive/archivemetadata.h>
#include <core/archive/archivewriter.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SsTest {

//! The mtime given to every sqlar entry: 2026-01-01 00:00:00 UTC.
inline constexpr qint64 kSampleMtime = 1767225600;
inline constexpr int kNoiseFileCount = 5;
inline constexpr int kNoiseFileSize = 1500;

struct SampleFile
{
    QString name;
    QByteArray data;
    QString mime;
};

inline Ss::Core::ArchiveMetadata sampleMetadata()
{
    Ss::Core::ArchiveMetadata m;
    m.id = QStringLiteral("test-archive");
    m.version = QStringLiteral("2.3.4");
    m.created = QStringLiteral("2026-01-02");
    m.publisher = QStringLiteral("Test Publisher");
    m.defaultLanguage = QStringLiteral("ko");
    m.generator = QStringLiteral("tst-sample 1");
    m.languages = {QStringLiteral("ko"), QStringLiteral("en")}; // not alphabetical on purpose
    m.titles = {{QStringLiteral("ko"), QStringLiteral("테스트 아카이브")}, {QStringLiteral("en"), QStringLiteral("Test Archive")}};
    m.descriptions = {{QStringLiteral("ko"), QStringLiteral("시험용 아카이브입니다.")},
                      {QStringLiteral("en"), QStringLiteral("An archive for tests.")}};
    return m;
}

//! Bytes that do not compress (a fixed linear congruential sequence), so sqlar stores them as they are.
inline QByteArray noise(int size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

inline QByteArray samplePage(const QString &lang, const QString &title, const QString &body)
{
    return (u"<!DOCTYPE html>\n<html lang=\"" + lang + u"\"><head><meta charset=\"utf-8\"><title>" + title
            + u"</title></head>\n<body>\n<h1>" + title + u"</h1>\n" + body + u"\n</body></html>\n")
        .toUtf8();
}

inline Ss::Core::DocumentText sampleText(const QString &id, const QString &lang, const QString &title,
                                         const QString &plain)
{
    Ss::Core::DocumentText t;
    t.title = title;
    t.path = id + QStringLiteral("/index.") + lang + QStringLiteral(".html");
    t.plainText = plain;
    t.html = samplePage(lang, title, u"<p>" + plain + u"</p>");
    return t;
}

inline Ss::Core::ArchiveDocument folder(const QString &id, const QString &ko, const QString &en)
{
    Ss::Core::ArchiveDocument d;
    d.id = id;
    d.isFolder = true;
    d.texts.insert(QStringLiteral("ko"), sampleText(id, QStringLiteral("ko"), ko, ko + QStringLiteral(" 소개")));
    d.texts.insert(QStringLiteral("en"), sampleText(id, QStringLiteral("en"), en, QStringLiteral("About ") + en));
    return d;
}

inline const QString kBusReform = QStringLiteral("model-policies/transportation/bus-reform");
inline const QString kTMoney = QStringLiteral("model-policies/transportation/t-money");
inline const QString kTokyo = QStringLiteral("overseas-cities/asia/tokyo");
inline const QString kBusReformKoText = QStringLiteral("서울시의 교통정책을 바꾼 버스 개편. 중앙버스전용차로와 환승 할인.");
inline const QString kBusReformEnText = QStringLiteral("The 2004 bus reform changed Seoul's transport policy.");

//! The documents, in the order they are added (parents first; t-money before bus-reform on purpose).
inline QList<Ss::Core::ArchiveDocument> sampleDocuments()
{
    using namespace Ss::Core;
    QList<ArchiveDocument> docs;
    docs.append(folder(QStringLiteral("model-policies"), QStringLiteral("서울 우수정책"), QStringLiteral("Model Policies")));
    docs.append(folder(QStringLiteral("model-policies/transportation"), QStringLiteral("교통"), QStringLiteral("Transportation")));

    ArchiveDocument tmoney;
    tmoney.id = kTMoney;
    tmoney.kind = QStringLiteral("manual");
    tmoney.texts.insert(QStringLiteral("ko"), sampleText(kTMoney, QStringLiteral("ko"), QStringLiteral("티머니 교통카드"),
                                                         QStringLiteral("티머니는 교통카드입니다.")));
    tmoney.fields = {{QStringLiteral("year"), QString(), qint64(2004)}};
    docs.append(tmoney);

    ArchiveDocument bus;
    bus.id = kBusReform;
    bus.kind = QStringLiteral("manual");
    DocumentText ko = sampleText(kBusReform, QStringLiteral("ko"), QStringLiteral("대중교통 체계 개편"), kBusReformKoText);
    ko.summary = QStringLiteral("2004년 버스 개편");
    ko.date = QStringLiteral("2026-09-20");
    ko.tags = {QStringLiteral("버스"), QStringLiteral("교통"), QStringLiteral("버스")}; // the duplicate is dropped
    ko.headings = {{2, QStringLiteral("sec-1"), QStringLiteral("배경")}, {3, QStringLiteral("sec-2"), QStringLiteral("세부")},
                   {2, QStringLiteral("results"), QStringLiteral("성과")}};
    DocumentText en = sampleText(kBusReform, QStringLiteral("en"), QStringLiteral("Bus Reform"), kBusReformEnText);
    en.summary = QStringLiteral("The 2004 bus reform");
    en.date = QStringLiteral("2026-09-21");
    en.tags = {QStringLiteral("transport"), QStringLiteral("bus")};
    en.headings = {{2, QStringLiteral("sec-1"), QStringLiteral("Background")}};
    bus.texts.insert(QStringLiteral("ko"), ko);
    bus.texts.insert(QStringLiteral("en"), en);
    bus.fields = {{QStringLiteral("year"), QString(), qint64(2004)},
                  {QStringLiteral("area"), QString(), QStringLiteral("transportation")},
                  {QStringLiteral("contact"), QStringLiteral("ko"), QStringLiteral("버스정책과")},
                  {QStringLiteral("contact"), QStringLiteral("en"), QStringLiteral("Bus Policy Division")}};
    bus.links = {kTMoney};
    bus.related = {kTokyo};
    docs.append(bus);

    docs.append(folder(QStringLiteral("overseas-cities"), QStringLiteral("해외도시"), QStringLiteral("Overseas Cities")));
    docs.append(folder(QStringLiteral("overseas-cities/asia"), QStringLiteral("아시아"), QStringLiteral("Asia")));

    ArchiveDocument tokyo;
    tokyo.id = kTokyo;
    tokyo.kind = QStringLiteral("city");
    tokyo.texts.insert(QStringLiteral("ko"), sampleText(kTokyo, QStringLiteral("ko"), QStringLiteral("도쿄"),
                                                        QStringLiteral("도쿄는 일본의 수도입니다.")));
    tokyo.texts.insert(QStringLiteral("en"), sampleText(kTokyo, QStringLiteral("en"), QStringLiteral("Tokyo"),
                                                        QStringLiteral("Tokyo is the capital of Japan.")));
    tokyo.fields = {{QStringLiteral("country"), QStringLiteral("ko"), QStringLiteral("일본")},
                    {QStringLiteral("country"), QStringLiteral("en"), QStringLiteral("Japan")},
                    {QStringLiteral("lat"), QString(), 35.6895},
                    {QStringLiteral("lon"), QString(), 139.6917},
                    {QStringLiteral("population"), QString(), qint64(13960000)},
                    {QStringLiteral("partners"), QStringLiteral("en"), QStringLiteral("Zeta Office")},
                    {QStringLiteral("partners"), QStringLiteral("en"), QStringLiteral("Alpha Agency")}};
    tokyo.links = {kBusReform};
    docs.append(tokyo);
    return docs;
}

//! The files added besides the pages: one compressible text file, an SVG and incompressible images
//! (enough of them that the sqlar table needs an interior b-tree page).
inline QList<SampleFile> sampleFiles()
{
    QList<SampleFile> files;
    files.append({QStringLiteral("model-policies/transportation/bus-reform/figure.svg"),
                  QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                                    "<rect width=\"10\" height=\"10\" fill=\"#123456\"/></svg>\n"),
                  QStringLiteral("image/svg+xml")});
    QByteArray csv = "year,passengers\n";
    for (int year = 2000; year < 2040; ++year)
        csv += QByteArray::number(year) + ',' + QByteArray::number(4000000 + year * 37) + '\n';
    files.append({QStringLiteral("data/report.csv"), csv, QStringLiteral("text/csv")});
    for (int i = 0; i < kNoiseFileCount; ++i)
        files.append({QStringLiteral("images/noise-%1.png").arg(i), noise(kNoiseFileSize, quint32(i + 1)),
                      QStringLiteral("image/png")});
    return files;
}

//! Writes the sample archive to \a path. Returns false with \a error set on failure.
inline bool writeSampleArchive(const QString &path, QString *error, qint64 mtime = kSampleMtime)
{
    Ss::Core::ArchiveWriter writer(path);
    bool ok = writer.open(sampleMetadata(), mtime);
    for (const Ss::Core::ArchiveDocument &doc : sampleDocuments())
        ok = ok && writer.addDocument(doc);
    for (const SampleFile &file : sampleFiles())
        ok = ok && writer.addFile(file.name, file.data, file.mime);
    ok = ok && writer.commit();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace SsTest
