// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "autosaver.h"

#include "draftstore.h"

namespace Ss::Sync {

namespace {
constexpr int kIdleDelayMs = 300;
constexpr int kMaxDelayMs = 1000;
} // namespace

Autosaver::Autosaver(DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleDelayMs);
    m_max.setSingleShot(true);
    m_max.setInterval(kMaxDelayMs);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::save);
    connect(&m_max, &QTimer::timeout, this, &Autosaver::save);
}

Autosaver::~Autosaver()
{
    flush();
}

void Autosaver::setDraft(const ProposalDraft &draft)
{
    flush();
    m_draft = draft;
}

void Autosaver::change(const std::function<void(ProposalDraft &)> &edit)
{
    edit(m_draft);
    m_isDirty = true;
    m_idle.start(); // restarted by every keystroke
    if (!m_max.isActive())
        m_max.start(); // not restarted: bounds the delay while the user keeps typing
}

bool Autosaver::flush()
{
    if (m_isDirty)
        save();
    return !m_isDirty;
}

void Autosaver::save()
{
    m_idle.stop();
    m_max.stop();
    if (!m_isDirty)
        return;
    if (!m_draft.isEditable()) { // submitted meanwhile (another window): nothing to save into
        m_isDirty = false;
        return;
    }
    if (!m_store->save(m_draft)) {
        const QString message = m_store->errorString();
        // Retry an I/O failure (disk full, locked); a draft submitted or deleted elsewhere will not take it.
        const std::optional<ProposalDraft> stored = m_draft.id ? m_store->draft(m_draft.id) : std::nullopt;
        if (m_draft.id == 0 || (stored && stored->isEditable()))
            m_max.start();
        Q_EMIT saveFailed(message);
        return;
    }
    m_isDirty = false;
    Q_EMIT saved(m_draft.id);
}

} // namespace Ss::Sync
