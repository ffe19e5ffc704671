// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

// Fixture sources of the packer tests (tests/data/) and what building them must report.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace SsTest {

//! SOURCE_DATE_EPOCH of the fixture builds: 2026-01-01 00:00:00 UTC.
inline constexpr qint64 kSourceEpoch = 1767225600;
//! SOURCE_DATE_EPOCH the build system packs the bundled archive with (resources/CMakeLists.txt).
inline constexpr qint64 kBundledEpoch = 1761955200;

inline QString fixture(const QString &name)
{
    return QStringLiteral(SS_TEST_DATA_DIR "/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! Every file and folder in \a dir, hidden ones included (a leftover .partial file shows here).
inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

//! Copies the tree \a from into \a to (which must not exist yet).
inline bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + source.relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

//! Every error of tests/data/bad-source, as `file:line: error: message`, in the sorted order.
inline QStringList badSourceErrors()
{
    return {
        QStringLiteral("content/cooperation/_index.en.md:6: error: invalid UTF-8"),
        QStringLiteral("content/model-policies/bad-yaml.en.md:4: error: malformed front matter: illegal map value"),
        QStringLiteral("content/model-policies/blog-post.en.md:3: error: unknown kind 'blog' (expected one of: page, "
                       "manual, content, city, activity)"),
        QStringLiteral("content/model-policies/manual-bad-year.en.md:5: error: 'year' must be a whole number"),
        QStringLiteral("content/model-policies/page.en.md:4: error: 'model-policies/nope' is not a document id of this "
                       "archive"),
        QStringLiteral("content/model-policies/page/index.en.md:1: error: duplicate id 'model-policies/page': "
                       "content/model-policies/page.en.md defines it too"),
        QStringLiteral("content/model-policies/untitled.en.md:2: error: 'title' is required"),
        QStringLiteral("content/overseas-cities/_index.en.md:5: error: missing image 'map.png' (no file "
                       "content/overseas-cities/map.png)"),
        QStringLiteral("content/policies/stray.en.md:1: error: unknown section 'policies' (expected one of: "
                       "model-policies, sharing-activities, overseas-cities, cooperation)"),
        QStringLiteral("content/sharing-activities/_index.en.md:7: error: broken link '../nowhere/': no document or "
                       "file at content/nowhere"),
    };
}

inline QStringList badSourceWarnings()
{
    return {QStringLiteral("content/model-policies/manual-bad-year.en.md:2: warning: kind 'manual' should have the "
                           "field 'year'")};
}

//! The file removed from a copy of good-source to make a missing translation, and the warning it gives.
inline const QString kUntranslatedFile = QStringLiteral("content/overseas-cities/asia/tokyo/index.en.md");
inline const QString kMissingTranslationWarning =
    QStringLiteral("content/overseas-cities/asia/tokyo/index.ko.md:1: warning: missing translation: no 'en' version "
                   "of overseas-cities/asia/tokyo");

//! Markers of hostile HTML, none of which may survive in a stored page (compared in lowercase).
inline QList<QByteArray> hostileMarkers()
{
    return {"<script", "onclick", "onmouseover", "onerror", "onload", "javascript", "<iframe", "<base", "<object",
            "<embed", "<svg", "<form", "<input", "style=", "default-src *", "steal", "evil.example", "document.cookie"};
}

} // namespace SsTest
