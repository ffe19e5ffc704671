// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

class QWebEnginePage;
class QWebEngineProfile;

namespace Ss::Export {

//! One page to print: an archive URL, or generated HTML with the base URL its links resolve against.
struct RenderJob
{
    QUrl url;
    QByteArray html;
    QUrl baseUrl;
    QPageLayout layout;
    //! No page background: for an overlay stamped over other pages. Chromium paints the page's
    //! background colour (white by default) into the PDF; transparent paints nothing.
    bool isTransparent = false;
};

/*! \brief Prints pages to PDF with Qt WebEngine, a few at a time, without blocking the event loop.
 *
 * Archive URLs load in Web::WebPage (the viewer's navigation policy); generated HTML goes through
 * setHtml() in a plain QWebEnginePage, because that policy refuses data: navigations. Each job
 * ends in rendered() or failed(), in any order; a load or print that takes longer than the
 * timeout fails. cancel() drops the jobs still queued or running and emits nothing more for them.
 * Slot k prints with profile k (modulo their number): pages of different profiles get different
 * renderer processes, so two profiles print on two cores, where two pages of one profile share a
 * process (30 manuals: 11.6 s instead of 15.7 s, measured here). The profiles must outlive the
 * renderer. UI thread only. */
class PageRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRenderer)
public:
    explicit PageRenderer(QList<QWebEngineProfile *> profiles, QObject *parent = nullptr);
    ~PageRenderer() override;

    //! Pages printed at the same time (default 2: this is what helps on two cores; more does not).
    void setConcurrency(int pages) { m_concurrency = std::max(1, pages); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    //! Queues \a job; returns its id, passed back in rendered() or failed().
    int add(RenderJob job);
    void cancel();
    bool isIdle() const;
    //! Prints that Chromium has not answered yet; cancelled ones included.
    int printsInFlight() const { return m_printsInFlight; }
    /*! Cancels, then deletes the renderer once no print is in flight: Qt WebEngine 6.4 crashes
     *  when a page is destroyed while it prints. */
    void dispose();

Q_SIGNALS:
    void rendered(int id, const QByteArray &pdf);
    void failed(int id, const QString &message);

private:
    struct Slot;
    void pump();
    void start(Slot &slot, int id);
    void onLoadFinished(Slot &slot, QWebEnginePage *page, bool ok);
    void finish(Slot &slot);
    QWebEnginePage *pageFor(Slot &slot, bool html);

    QList<QWebEngineProfile *> m_profiles;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QList<RenderJob> m_jobs;
    QList<int> m_queue;
    int m_concurrency = 2;
    int m_timeoutMs = 60000;
    quint64 m_generation = 0; // bumped by cancel(): late callbacks of older generations are ignored
    int m_printsInFlight = 0;
    bool m_isDisposed = false;
};

} // namespace Ss::Export
