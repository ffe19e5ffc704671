// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QTextStream>

namespace Ss::Packer {

//! One problem found in the source, located by file and 1-based line.
struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 1;
    QString message;

    //! "file:line: error: message", the form editors and CI logs understand.
    QString toString() const;
};

/*! \brief Collects every problem of a build instead of stopping at the first.
 *
 * Thread-safe: the build parses documents on several threads. sorted() gives a stable order
 * (file, then line) so that the output does not depend on scheduling. */
class Diagnostics final
{
public:
    void error(const QString &file, int line, const QString &message);
    void warning(const QString &file, int line, const QString &message);
    void append(const QList<Diagnostic> &items);

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    QList<Diagnostic> sorted() const;
    void print(QTextStream &stream) const;

private:
    mutable QMutex m_mutex;
    QList<Diagnostic> m_items;
};

} // namespace Ss::Packer
