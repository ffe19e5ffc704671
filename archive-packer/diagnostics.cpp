// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "diagnostics.h"

#include <algorithm>

namespace Ss::Packer {

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(file)
        .arg(line)
        .arg(severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

void Diagnostics::error(const QString &file, int line, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_items.append({Diagnostic::Severity::Error, file, line, message});
}

void Diagnostics::warning(const QString &file, int line, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_items.append({Diagnostic::Severity::Warning, file, line, message});
}

void Diagnostics::append(const QList<Diagnostic> &items)
{
    QMutexLocker lock(&m_mutex);
    m_items.append(items);
}

bool Diagnostics::hasErrors() const
{
    return errorCount() > 0;
}

int Diagnostics::errorCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
}

int Diagnostics::warningCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_items.size()) - int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Diagnostic &d) {
               return d.severity == Diagnostic::Severity::Error;
           }));
}

QList<Diagnostic> Diagnostics::sorted() const
{
    QMutexLocker lock(&m_mutex);
    QList<Diagnostic> items = m_items;
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.file, a.line, a.message) < std::tie(b.file, b.line, b.message);
    });
    return items;
}

void Diagnostics::print(QTextStream &stream) const
{
    for (const Diagnostic &d : sorted())
        stream << d.toString() << '\n';
    stream.flush();
}

} // namespace Ss::Packer
