// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "pagerenderer.h"

#include "exportlogging.h"

#include <web/webpage.h>

#include <QColor>
#include <QPointer>
#include <QWebEnginePage>

namespace Ss::Export {

struct PageRenderer::Slot
{
    QWebEngineProfile *profile = nullptr;
    std::unique_ptr<Web::WebPage> archivePage;
    std::unique_ptr<QWebEnginePage> htmlPage;
    QWebEnginePage *current = nullptr;
    QTimer watchdog;
    int job = -1; // -1: free
    quint64 ticket = 0;
    bool isPrinting = false;
    int printsPending = 0; // Chromium's answers still to come, cancelled ones included: not reused till 0
};

PageRenderer::PageRenderer(QList<QWebEngineProfile *> profiles, QObject *parent)
    : QObject(parent), m_profiles(std::move(profiles))
{
    Q_ASSERT(!m_profiles.isEmpty());
}

PageRenderer::~PageRenderer()
{
    cancel();
}

int PageRenderer::add(RenderJob job)
{
    m_jobs.append(std::move(job));
    const int id = int(m_jobs.size()) - 1;
    m_queue.append(id);
    pump();
    return id;
}

bool PageRenderer::isIdle() const
{
    if (!m_queue.isEmpty())
        return false;
    for (const auto &slot : m_slots) {
        if (slot->job >= 0)
            return false;
    }
    return true;
}

void PageRenderer::dispose()
{
    cancel();
    m_isDisposed = true;
    if (m_printsInFlight == 0)
        deleteLater();
}

void PageRenderer::cancel()
{
    ++m_generation;
    m_queue.clear();
    for (const auto &slot : m_slots) {
        slot->watchdog.stop();
        if (slot->job >= 0 && slot->current && !slot->isPrinting)
            slot->current->triggerAction(QWebEnginePage::Stop);
        slot->job = -1;
        slot->isPrinting = false;
    }
}

QWebEnginePage *PageRenderer::pageFor(Slot &slot, bool html)
{
    if (html) {
        if (!slot.htmlPage) {
            slot.htmlPage = std::make_unique<QWebEnginePage>(slot.profile);
            QWebEnginePage *page = slot.htmlPage.get();
            connect(page, &QWebEnginePage::loadFinished, this,
                    [this, s = &slot, page](bool ok) { onLoadFinished(*s, page, ok); });
        }
        return slot.htmlPage.get();
    }
    if (!slot.archivePage) {
        slot.archivePage = std::make_unique<Web::WebPage>(slot.profile);
        QWebEnginePage *page = slot.archivePage.get();
        connect(page, &QWebEnginePage::loadFinished, this,
                [this, s = &slot, page](bool ok) { onLoadFinished(*s, page, ok); });
    }
    return slot.archivePage.get();
}

void PageRenderer::pump()
{
    while (!m_queue.isEmpty()) {
        Slot *free = nullptr;
        for (const auto &slot : m_slots) {
            if (slot->job < 0 && slot->printsPending == 0) {
                free = slot.get();
                break;
            }
        }
        if (!free && int(m_slots.size()) < m_concurrency) {
            m_slots.push_back(std::make_unique<Slot>());
            free = m_slots.back().get();
            free->profile = m_profiles.at(qsizetype(m_slots.size() - 1) % m_profiles.size());
            free->watchdog.setSingleShot(true);
            connect(&free->watchdog, &QTimer::timeout, this, [this, free] {
                const int id = free->job;
                if (id < 0)
                    return;
                qCWarning(lcExport) << "page timed out:" << m_jobs.at(id).url;
                if (free->current)
                    free->current->triggerAction(QWebEnginePage::Stop);
                finish(*free);
                Q_EMIT failed(id, tr("A page took too long to render."));
                pump();
            });
        }
        if (!free)
            return;
        start(*free, m_queue.takeFirst());
    }
}

void PageRenderer::start(Slot &slot, int id)
{
    const RenderJob &job = m_jobs.at(id);
    slot.job = id;
    slot.ticket = m_generation;
    slot.isPrinting = false;
    slot.watchdog.start(m_timeoutMs);
    const bool html = !job.html.isEmpty();
    slot.current = pageFor(slot, html);
    slot.current->setBackgroundColor(job.isTransparent ? Qt::transparent : Qt::white);
    if (html)
        slot.current->setContent(job.html, QStringLiteral("text/html;charset=UTF-8"), job.baseUrl);
    else
        slot.current->load(job.url);
}

void PageRenderer::onLoadFinished(Slot &slot, QWebEnginePage *page, bool ok)
{
    // A page's loadFinished can come after a cancel or for a load we did not start: check the slot.
    if (slot.job < 0 || slot.isPrinting || slot.ticket != m_generation || page != slot.current)
        return;
    const int id = slot.job;
    if (!ok) {
        finish(slot);
        Q_EMIT failed(id, tr("A page could not be loaded: %1").arg(m_jobs.at(id).url.toString()));
        pump();
        return;
    }
    slot.isPrinting = true;
    ++slot.printsPending;
    ++m_printsInFlight;
    const quint64 ticket = slot.ticket;
    QPointer<PageRenderer> self(this);
    Slot *s = &slot;
    slot.current->printToPdf(
        [self, s, id, ticket](const QByteArray &pdf) {
            if (!self)
                return;
            --self->m_printsInFlight;
            --s->printsPending; // the slot lives as long as the renderer
            if (self->m_isDisposed) {
                if (self->m_printsInFlight == 0)
                    self->deleteLater();
                return;
            }
            if (s->job != id || s->ticket != ticket || ticket != self->m_generation) {
                self->pump(); // cancelled; the slot is free again for newer jobs
                return;
            }
            self->finish(*s);
            if (pdf.isEmpty())
                Q_EMIT self->failed(id, tr("A page could not be printed to PDF."));
            else
                Q_EMIT self->rendered(id, pdf);
            self->pump();
        },
        m_jobs.at(id).layout);
}

void PageRenderer::finish(Slot &slot)
{
    slot.watchdog.stop();
    if (slot.job >= 0)
        m_jobs[slot.job].html.clear(); // a packet's generated pages can be large
    slot.job = -1;
    slot.isPrinting = false;
}

} // namespace Ss::Export
