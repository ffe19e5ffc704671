// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "progressbar.h"

#include <QString>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace Ss::Packer {

ProgressBar::ProgressBar(QTextStream &stream)
    : m_stream(stream), m_isTerminal(isatty(fileno(stderr)) != 0)
{
}

void ProgressBar::update(int done, int total)
{
    if (!m_isTerminal || total <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    constexpr int width = 40;
    const int filled = done * width / total;
    m_stream << '\r' << '[' << QString(filled, u'#') << QString(width - filled, u' ') << "] " << done << '/' << total
             << " documents";
    m_stream.flush();
    m_isDrawn = true;
}

void ProgressBar::finish()
{
    if (m_isDrawn) {
        m_stream << '\n';
        m_stream.flush();
    }
}

} // namespace Ss::Packer
