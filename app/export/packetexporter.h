// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "packethtml.h"
#include "packetspec.h"
#include "pdfassembler.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QWebEngineProfile;

namespace Ss::Core {
class ArchiveSession;
class PageComposer;
} // namespace Ss::Core

namespace Ss::Export {

class PageRenderer;

/*! \brief Exports a policy packet (a list of archive documents) to one PDF, in the background.
 *
 * Each document is the viewer's own page (PageComposer, served through the ss:// scheme from
 * the exporter's own session and off-the-record profiles) printed by Chromium with the export
 * stylesheet; a cover and a table of contents with page numbers are printed the same way; qpdf
 * then merges them with an outline, page labels, internal links, metadata and a running header
 * with page numbers (PdfAssembler). The merge and the write run on a worker thread, so the event
 * loop keeps turning. The file appears only when everything succeeded (QSaveFile): after a
 * cancel or a failure there is no file, not even a partial one.
 *
 * The running header and the page numbers: Qt 6.4's printToPdf() has no header/footer template,
 * and its Chromium (102) knows neither @page margin boxes nor counter(page). So Chromium prints
 * them as a separate transparent document, one sheet per output page (PacketHtml::overlay), and
 * qpdf stamps each sheet over its page as a form XObject: the fonts stay embedded and subset, the
 * Korean titles stay extractable, and there is no hand-written PDF text or font code.
 *
 * Steps: documents (progress() per document, two pages printed at a time) → cover and contents,
 * and the running headers of the documents' pages → those of the cover and contents → merge and
 * write (worker thread) → finished(). UI thread only. */
class PacketExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketExporter)
public:
    /*! \a pageTemplate is the viewer's page template with its stylesheet inlined, as main.cpp
     *  builds it; \a appAssets are the viewer's own files, as for Core::ArchiveSession. */
    PacketExporter(QByteArray pageTemplate, QHash<QString, QByteArray> appAssets, QObject *parent = nullptr);
    ~PacketExporter() override;

    /*! Starts exporting \a spec from the archive at \a archivePath into \a outputPath. Returns
     *  false at once, with errorString() set and without finished(), when it cannot start: an
     *  export is running, the packet is empty, the archive cannot be opened, a document id is not
     *  in the archive, or the output folder does not exist. */
    bool start(const QString &archivePath, const PacketSpec &spec, const QString &outputPath);
    //! Stops the export; finished(false) follows and no file is written.
    void cancel();
    //! start() and wait for finished() in a local event loop (headless export, tests).
    bool exportPacket(const QString &archivePath, const PacketSpec &spec, const QString &outputPath);

    bool isRunning() const { return m_isRunning; }
    bool wasCancelled() const { return m_isCancelled; }
    QString errorString() const { return m_error; }
    //! Pages of the last PDF written.
    int pageCount() const { return m_pageCount; }
    //! Pages printed at the same time, each in its own profile and renderer process (default 2).
    void setConcurrency(int pages) { m_concurrency = pages; }

Q_SIGNALS:
    //! \a done of \a total documents are printed; \a title is the one just done.
    void progress(int done, int total, const QString &title);
    //! The export ended: \a ok when the file is written. Emitted once per successful start().
    void finished(bool ok);

private:
    struct Item;
    struct Run;
    void ensureProfiles();
    bool prepare(const PacketSpec &spec, QString *error);
    void onRendered(int job, const QByteArray &pdf);
    void onInspected(int runId, int part, const std::optional<PdfInfo> &info, const QString &error);
    void renderFrontMatter();
    void renderDocumentOverlays();
    void renderFrontOverlay();
    void addOverlayJob(int index, const QList<PageStamp> &stamps);
    QString packetTitle() const;
    void assemble();
    void fail(const QString &message);
    void end(bool ok);

    QByteArray m_template;
    QHash<QString, QByteArray> m_assets;
    std::unique_ptr<Core::ArchiveSession> m_session;
    std::unique_ptr<Core::PageComposer> m_fragments; // the composer's main content only, for side by side
    QList<QWebEngineProfile *> m_profiles;           // owned; deleted after the renderers that use them
    PageRenderer *m_renderer = nullptr;              // one per run
    std::unique_ptr<Run> m_run;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QString m_error;
    int m_pageCount = 0;
    int m_concurrency = 2;
    int m_runId = 0;
    bool m_isRunning = false;
    bool m_isCancelled = false;
    bool m_lastOk = false;
};

} // namespace Ss::Export
