// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QMutex>
#include <QTextStream>

namespace Ss::Packer {

//! A one-line progress bar on standard error, drawn only when it is a terminal.
class ProgressBar final
{
public:
    explicit ProgressBar(QTextStream &stream);
    bool isTerminal() const { return m_isTerminal; }
    void update(int done, int total);
    void finish();

private:
    QTextStream &m_stream;
    QMutex m_mutex;
    bool m_isTerminal = false;
    bool m_isDrawn = false;
};

} // namespace Ss::Packer
