// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Shared helpers of the packet export tests: running programs (poppler-utils, the CLI), text matching.
#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ExportTest {

//! Runs \a program and returns its standard output (UTF-8); \a exitCode gets -1 if it did not run.
inline QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
                   QString *err = nullptr, int timeoutMs = 120000,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    const bool ok = p.waitForFinished(timeoutMs);
    if (exitCode)
        *exitCode = ok && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

//! The text of pages \a first..\a last (1-based, as poppler counts) with pdftotext.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last > 0 ? last : first);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

//! The text of the right half of every page from \a first on (the English column side by side).
inline QString pdfTextRightHalf(const QString &pdf, int first, int last, double pageWidth, double pageHeight)
{
    const QString half = QString::number(int(pageWidth / 2));
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"), QString::number(last),
                QStringLiteral("-x"), half, QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"), half,
                QStringLiteral("-H"), QString::number(int(pageHeight)), pdf, QStringLiteral("-")});
}

//! Whitespace (line breaks included) collapsed to single spaces: lines break at spaces in Korean too.
inline QString normalized(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString(text).replace(spaces, QStringLiteral(" ")).trimmed();
}

//! The last non-empty line of \a text (the page number, on a page of a packet).
inline QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!lines.at(i).trimmed().isEmpty() && lines.at(i) != u"\f")
            return lines.at(i).trimmed();
    }
    return {};
}

} // namespace ExportTest
