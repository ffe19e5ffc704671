// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "proposaldraft.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Ss::Sync {

class DraftStore;

/*! \brief Saves the draft being edited within a second of every change.
 *
 * The form calls change() for each edit. A save runs when typing pauses (idle delay, 300 ms) and at the latest
 * maxDelay (1 s) after the first unsaved change, even while the user keeps typing, so a crash loses at most the
 * last second. A failed save keeps the text in memory, reports saveFailed() and is retried. Call flush() before
 * submitting or closing the form. */
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    explicit Autosaver(DraftStore *store, QObject *parent = nullptr);
    ~Autosaver() override;

    //! Starts editing \a draft (a new one has id 0 and is stored at its first change). Unsaved edits are saved first.
    void setDraft(const ProposalDraft &draft);
    const ProposalDraft &draft() const { return m_draft; }
    //! Applies one edit to the draft and schedules a save.
    void change(const std::function<void(ProposalDraft &)> &edit);
    //! Saves now if there are unsaved changes; true when nothing is left unsaved.
    bool flush();
    bool isDirty() const { return m_isDirty; }

    void setIdleDelay(int ms) { m_idle.setInterval(ms); }
    void setMaxDelay(int ms) { m_max.setInterval(ms); }

Q_SIGNALS:
    void saved(qint64 draftId);
    //! \a message says why; the text is kept and the save is tried again.
    void saveFailed(const QString &message);

private:
    void save();

    DraftStore *m_store;
    ProposalDraft m_draft;
    QTimer m_idle;
    QTimer m_max;
    bool m_isDirty = false;
};

} // namespace Ss::Sync
