// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "packetexporter.h"

#include "exportlogging.h"
#include "packethtml.h"
#include "pagerenderer.h"

#include <core/archive/archivereader.h>
#include <core/viewer/archivesession.h>
#include <core/viewer/pagecomposer.h>
#include <web/archiveschemehandler.h>
#include <web/requestinterceptor.h>
#include <web/urlscheme.h>
#include <web/webprofilefactory.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPageSize>
#include <QSaveFile>
#include <QWebEngineProfile>
#include <QtConcurrent/QtConcurrentRun>

namespace Ss::Export {

namespace {

QByteArray exportStylesheet()
{
    QFile file(QStringLiteral(":/export/export.css"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString roman(int n)
{
    static const std::pair<int, const char *> numerals[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString out;
    for (const auto &[value, text] : numerals) {
        for (; n >= value; n -= value)
            out += QLatin1String(text);
    }
    return out;
}

QString pagePath(const QString &docId, const QString &lang)
{
    return docId + QStringLiteral("/index.") + lang + QStringLiteral(".html");
}

//! The result of the worker: the PDF was written (or why not), and how many pages it has.
struct WriteResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
};

} // namespace

//! One printed part of the packet: a document in one language, or side by side in both.
struct PacketExporter::Item
{
    int doc = 0; // index into PacketSpec::docIds
    int node = -1;
    QString lang;             // the content language printed (the primary one side by side)
    QString secondaryLang;    // side by side only
    QString title;            // for the running header and the outline
    bool isSecondary = false; // the second language of a document, one after the other
    QByteArray pdf;
    PdfInfo info;
    bool isDone = false;
};

//! The state of one export.
struct PacketExporter::Run
{
    PacketSpec spec;
    QString output;
    QList<Item> items;         // parts 1..n of the plan; part 0 is the front matter
    QHash<int, int> itemOfJob; // renderer job -> index into items
    QByteArray front;
    PdfInfo frontInfo;
    QList<int> overlayJobs; // [0]: cover and contents, then the documents' pages in pieces
    QList<QByteArray> overlays;
    int overlaysDone = 0;
    int documentsDone = 0;
    int frontJob = -1;
    QElapsedTimer clock;
    enum class Step { Documents, Front, Writing } step = Step::Documents;
};

PacketExporter::PacketExporter(QByteArray pageTemplate, QHash<QString, QByteArray> appAssets, QObject *parent)
    : QObject(parent), m_template(PacketHtml::documentTemplate(pageTemplate, exportStylesheet())),
      m_assets(std::move(appAssets))
{
}

PacketExporter::~PacketExporter()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_renderer)
        m_renderer->dispose();
    // Pages first, then the profile they belong to (Qt WebEngine warns, and may crash, otherwise).
    // A page must not go while it prints (a crash in Qt WebEngine 6.4): let Chromium answer first.
    QList<PageRenderer *> renderers = findChildren<PageRenderer *>(Qt::FindDirectChildrenOnly);
    QDeadlineTimer deadline(5000);
    auto printing = [&] {
        return std::any_of(renderers.cbegin(), renderers.cend(),
                           [](const PageRenderer *r) { return r->printsInFlight() > 0; });
    };
    while (printing() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 50);
    renderers = findChildren<PageRenderer *>(Qt::FindDirectChildrenOnly); // deleteLater may have run
    qDeleteAll(renderers);
    qDeleteAll(m_profiles);
}

void PacketExporter::ensureProfiles()
{
    // The exporter's own scheme handlers and profiles: the packet is printed from the archive the
    // caller named, whatever the main window shows meanwhile, with the viewer's offline rules.
    // One profile per page printed at once, for one renderer process each (see PageRenderer).
    while (m_profiles.size() < std::max(1, m_concurrency)) {
        auto *handler =
            new Web::ArchiveSchemeHandler([this] { return m_session ? m_session->resolver() : nullptr; },
                                          [this] { return m_session ? m_session->composer() : nullptr; }, this);
        auto *interceptor = new Web::RequestInterceptor(this);
        m_profiles.append(Web::WebProfileFactory::create(nullptr, handler, interceptor));
    }
}

bool PacketExporter::prepare(const PacketSpec &spec, QString *error)
{
    Core::ArchiveReader *reader = m_session->reader();
    const QString fallback = reader->metadata().defaultLanguage;
    QStringList unknown;
    for (const QString &id : spec.docIds) {
        if (reader->indexOf(id) < 0)
            unknown.append(id);
    }
    if (!unknown.isEmpty()) {
        //: %1 is a list of document ids
        *error = tr("No such document in the archive: %1.").arg(unknown.join(QStringLiteral(", ")));
        return false;
    }
    const QStringList langs = spec.contentLanguages();
    for (int d = 0; d < spec.docIds.size(); ++d) {
        const int node = reader->indexOf(spec.docIds.at(d));
        const Core::ArchiveNode &n = reader->nodes().at(node);
        QStringList available;
        for (const QString &lang : langs) {
            if (n.texts.contains(lang))
                available.append(lang);
        }
        if (available.isEmpty()) // in neither wanted language: print the one it has, as the viewer does
            available.append(n.languageFor(langs.first(), fallback));
        if (spec.language == PacketSpec::Language::BothSideBySide && available.size() == 2) {
            Item item;
            item.doc = d;
            item.node = node;
            item.lang = available.at(0);
            item.secondaryLang = available.at(1);
            item.title =
                n.texts.value(available.at(0)).title + QStringLiteral(" / ") + n.texts.value(available.at(1)).title;
            m_run->items.append(item);
            continue;
        }
        for (int l = 0; l < available.size(); ++l) {
            Item item;
            item.doc = d;
            item.node = node;
            item.lang = available.at(l);
            item.title = n.texts.value(available.at(l)).title;
            item.isSecondary = l > 0;
            m_run->items.append(item);
        }
    }
    return true;
}

bool PacketExporter::start(const QString &archivePath, const PacketSpec &spec, const QString &outputPath)
{
    if (m_isRunning) {
        m_error = tr("An export is already running.");
        return false;
    }
    m_error.clear();
    m_isCancelled = false;
    if (spec.docIds.isEmpty()) {
        m_error = tr("The packet has no documents.");
        return false;
    }
    const QFileInfo out(outputPath);
    if (outputPath.isEmpty() || !out.absoluteDir().exists()) {
        m_error = tr("Cannot write %1: the folder does not exist.").arg(QDir::toNativeSeparators(outputPath));
        return false;
    }
    auto session = std::make_unique<Core::ArchiveSession>(m_template, m_assets);
    if (!session->open(archivePath)) {
        m_error =
            tr("Cannot open the archive %1: %2").arg(QDir::toNativeSeparators(archivePath), session->errorString());
        return false;
    }
    // The old session may still serve a late request of a cancelled run; it is replaced only now.
    m_session = std::move(session);
    m_fragments = std::make_unique<Core::PageComposer>(m_session->reader(), QByteArrayLiteral("{{main}}"));
    m_run = std::make_unique<Run>();
    m_run->spec = spec;
    m_run->output = out.absoluteFilePath();
    m_run->clock.start();
    QString error;
    if (!prepare(spec, &error)) {
        m_error = error;
        m_run.reset();
        return false;
    }

    // Side-by-side pages are composed here (both columns from the viewer's composer); the rest
    // is printed from ss:// URLs.
    const QPageLayout layout = spec.pageLayout();
    QList<RenderJob> jobs;
    for (const Item &item : std::as_const(m_run->items)) {
        RenderJob job;
        job.layout = layout;
        const QString docId = spec.docIds.at(item.doc);
        if (item.secondaryLang.isEmpty()) {
            job.url = Web::archiveUrl(pagePath(docId, item.lang));
        } else {
            const auto primary = m_fragments->compose(item.node, item.lang);
            const auto secondary = m_fragments->compose(item.node, item.secondaryLang);
            if (!primary || !secondary) {
                m_error = tr("The document %1 cannot be read from the archive.").arg(docId);
                m_run.reset();
                return false;
            }
            job.html = PacketHtml::sideBySide(m_template, item.title, item.lang, QString::fromUtf8(*primary),
                                              item.secondaryLang, QString::fromUtf8(*secondary), QStringLiteral("en-"));
            job.baseUrl = Web::archiveUrl(pagePath(docId, item.lang));
        }
        jobs.append(job);
    }

    qCDebug(lcExport) << "prepared in" << m_run->clock.elapsed() << "ms";
    ensureProfiles();
    qCDebug(lcExport) << "profile ready after" << m_run->clock.elapsed() << "ms";
    ++m_runId;
    m_isRunning = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_renderer = new PageRenderer(m_profiles.mid(0, std::max(1, m_concurrency)), this);
    m_renderer->setConcurrency(m_concurrency);
    connect(m_renderer, &PageRenderer::rendered, this, &PacketExporter::onRendered);
    connect(m_renderer, &PageRenderer::failed, this, [this](int, const QString &message) { fail(message); });
    for (int i = 0; i < jobs.size(); ++i)
        m_run->itemOfJob.insert(m_renderer->add(jobs.at(i)), i);
    qCDebug(lcExport) << "first pages loading after" << m_run->clock.elapsed() << "ms";
    qCInfo(lcExport) << "exporting" << spec.docIds.size() << "documents," << m_run->items.size() << "parts, to"
                     << m_run->output;
    return true;
}

void PacketExporter::onRendered(int job, const QByteArray &pdf)
{
    if (!m_run)
        return;
    int part = -1;
    if (job == m_run->frontJob) {
        part = 0;
    } else if (const qsizetype overlay = m_run->overlayJobs.indexOf(job); overlay >= 0) {
        m_run->overlays[overlay] = pdf;
        if (++m_run->overlaysDone == m_run->overlayJobs.size())
            assemble();
        return;
    } else if (m_run->itemOfJob.contains(job)) {
        part = m_run->itemOfJob.value(job) + 1;
    }
    if (part < 0)
        return;
    if (part == 0)
        m_run->front = pdf;
    else
        m_run->items[part - 1].pdf = pdf;
    // Parsing a PDF takes a few milliseconds per page: off the UI thread.
    auto *watcher = new QFutureWatcher<std::pair<std::optional<PdfInfo>, QString>>(this);
    const int runId = m_runId;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId, part] {
        const auto [info, error] = watcher->result();
        watcher->deleteLater();
        onInspected(runId, part, info, error);
    });
    watcher->setFuture(QtConcurrent::run([pdf] {
        QString error;
        auto info = PdfAssembler::inspect(pdf, &error);
        return std::make_pair(info, error);
    }));
}

void PacketExporter::onInspected(int runId, int part, const std::optional<PdfInfo> &info, const QString &error)
{
    if (runId != m_runId || !m_run || !m_isRunning)
        return;
    if (!info) {
        fail(error);
        return;
    }
    if (part == 0) {
        m_run->frontInfo = *info;
        renderFrontOverlay();
        return;
    }
    Item &item = m_run->items[part - 1];
    item.info = *info;
    item.isDone = true;
    // A document is done when all its parts are (one after the other, it has two).
    bool docDone = true;
    for (const Item &other : std::as_const(m_run->items)) {
        if (other.doc == item.doc && !other.isDone)
            docDone = false;
    }
    if (docDone) {
        ++m_run->documentsDone;
        const Core::ArchiveNode &n = m_session->reader()->nodes().at(item.node);
        Q_EMIT progress(
            m_run->documentsDone, int(m_run->spec.docIds.size()),
            n.title(m_run->spec.contentLanguages().first(), m_session->reader()->metadata().defaultLanguage));
        if (runId != m_runId) // a slot cancelled the export
            return;
    }
    if (m_run->documentsDone == m_run->spec.docIds.size()) {
        // The cover and contents, and meanwhile the documents' running headers, which do not
        // depend on how many pages the contents take.
        renderFrontMatter();
        renderDocumentOverlays();
    }
}

void PacketExporter::renderFrontMatter()
{
    qCDebug(lcExport) << "documents printed after" << m_run->clock.elapsed() << "ms";
    m_run->step = Run::Step::Front;
    const PacketSpec &spec = m_run->spec;
    Core::ArchiveReader *reader = m_session->reader();
    const QString lang = spec.contentLanguages().first();
    const QLocale locale(lang);

    CoverInfo cover;
    cover.lang = lang;
    cover.title = spec.title.isEmpty() ? tr("Policy packet") : spec.title;
    cover.subtitle = spec.subtitle;
    cover.organisation = spec.organisation;
    cover.date = locale.toString(spec.date.isValid() ? spec.date : QDate::currentDate(), QLocale::LongFormat);
    cover.archiveTitle = reader->metadata().title(lang);
    cover.archiveVersion = reader->metadata().version;
    cover.publisher = reader->metadata().publisher;
    cover.documentCount = int(spec.docIds.size());

    QList<TocLine> toc;
    int page = 1; // documents are numbered from 1; the cover and contents get roman numerals
    for (const Item &item : std::as_const(m_run->items)) {
        const QString href = Web::archiveUrl(pagePath(spec.docIds.at(item.doc), item.lang)).toString();
        toc.append({item.isSecondary ? TocLine::Kind::SecondaryDocument : TocLine::Kind::Document, item.title,
                    item.lang, href, QString::number(page), item.isSecondary});
        for (const Core::DocumentHeading &h : reader->headings(item.node, item.lang)) {
            if (h.level != 2)
                continue;
            const auto dest = item.info.destinations.constFind(h.anchor);
            const int at = dest == item.info.destinations.cend() ? page : page + dest->page;
            toc.append({TocLine::Kind::Part, h.text, item.lang, href + u'#' + h.anchor, QString::number(at), item.isSecondary});
        }
        page += item.info.pageCount;
    }
    RenderJob job;
    job.html = PacketHtml::frontMatter(m_template, cover, toc);
    job.baseUrl = Web::archiveUrl(QStringLiteral("_export/front.html"));
    job.layout = spec.pageLayout();
    m_run->frontJob = m_renderer->add(job);
}

QString PacketExporter::packetTitle() const
{
    const QString lang = m_run->spec.contentLanguages().first();
    return m_run->spec.title.isEmpty() ? m_session->reader()->metadata().title(lang) : m_run->spec.title;
}

void PacketExporter::addOverlayJob(int index, const QList<PageStamp> &stamps)
{
    const PacketSpec &spec = m_run->spec;
    RenderJob job;
    job.html = PacketHtml::overlay(stamps, spec.overlayLayout().pageSize().size(QPageSize::Millimeter));
    job.baseUrl = Web::archiveUrl(QStringLiteral("_export/overlay.html"));
    job.layout = spec.overlayLayout();
    job.isTransparent = true;
    m_run->overlayJobs[index] = m_renderer->add(job);
}

void PacketExporter::renderDocumentOverlays()
{
    QList<PageStamp> stamps;
    int number = 1;
    for (const Item &item : std::as_const(m_run->items)) {
        for (int p = 0; p < item.info.pageCount; ++p)
            stamps.append({item.lang, item.title, packetTitle(), QString::number(number++)});
    }
    // In as many pieces as pages print at once: Chromium takes ~35 ms a page even for these.
    const int pieces = int(std::clamp<qsizetype>(m_concurrency, 1, std::max<qsizetype>(1, stamps.size())));
    m_run->overlayJobs = QList<int>(pieces + 1, -1);
    m_run->overlays = QList<QByteArray>(pieces + 1);
    const qsizetype size = (stamps.size() + pieces - 1) / pieces;
    for (int i = 0; i < pieces; ++i)
        addOverlayJob(i + 1, stamps.mid(i * size, size));
}

void PacketExporter::renderFrontOverlay()
{
    qCDebug(lcExport) << "cover and contents printed after" << m_run->clock.elapsed() << "ms";
    const QString lang = m_run->spec.contentLanguages().first();
    QList<PageStamp> stamps;
    for (int p = 0; p < m_run->frontInfo.pageCount; ++p) {
        if (p == 0)
            stamps.append({lang, {}, {}, {}}); // the cover: nothing on it
        else
            stamps.append({lang, tr("Contents"), packetTitle(), roman(p + 1)});
    }
    addOverlayJob(0, stamps);
}

void PacketExporter::assemble()
{
    qCDebug(lcExport) << "header overlay printed after" << m_run->clock.elapsed() << "ms";
    m_run->step = Run::Step::Writing;
    const PacketSpec &spec = m_run->spec;
    Core::ArchiveReader *reader = m_session->reader();
    const QString lang = spec.contentLanguages().first();

    AssemblyPlan plan;
    plan.parts.append(m_run->front);
    plan.frontPartCount = 1;
    plan.overlays = m_run->overlays;
    for (int i = 0; i < m_run->items.size(); ++i) {
        const Item &item = m_run->items.at(i);
        const int part = i + 1;
        plan.parts.append(item.pdf);
        const QString docId = spec.docIds.at(item.doc);
        plan.links.insert(pagePath(docId, item.lang), {part, {}});
        if (!item.secondaryLang.isEmpty())
            plan.links.insert(pagePath(docId, item.secondaryLang), {part, QStringLiteral("en-")});

        // Outline: the document, its parts (level 2) and their sections (level 3).
        OutlineItem entry{item.title, part, {}, {}};
        for (const Core::DocumentHeading &h : reader->headings(item.node, item.lang)) {
            if (h.level <= 2 || entry.children.isEmpty())
                entry.children.append({h.text, part, h.anchor, {}});
            else
                entry.children.last().children.append({h.text, part, h.anchor, {}});
        }
        if (item.isSecondary && !plan.outline.isEmpty())
            plan.outline.last().children.append(entry); // the other language, under the document
        else
            plan.outline.append(entry);
    }
    plan.metadata.title = spec.title.isEmpty() ? tr("Policy packet") : spec.title;
    plan.metadata.author = spec.organisation.isEmpty() ? reader->metadata().publisher : spec.organisation;
    plan.metadata.subject = spec.subtitle.isEmpty() ? reader->metadata().title(lang) : spec.subtitle;
    plan.metadata.creator = QStringLiteral("Seoul Solution Desktop " SS_VERSION);
    plan.metadata.language = lang;
    plan.metadata.created = QDateTime::currentDateTimeUtc();

    auto *watcher = new QFutureWatcher<std::pair<WriteResult, int>>(this);
    const int runId = m_runId;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId] {
        const auto [result, pages] = watcher->result();
        watcher->deleteLater();
        if (runId != m_runId || !m_isRunning)
            return;
        if (result.cancelled) {
            m_isCancelled = true;
            m_error = tr("The export was cancelled.");
            end(false);
        } else if (!result.ok) {
            m_error = result.error;
            end(false);
        } else {
            m_pageCount = pages;
            end(true);
        }
    });
    // The merge and the write take a while for a large packet: on a worker, with the cancel flag.
    watcher->setFuture(QtConcurrent::run([plan = std::move(plan), output = m_run->output, flag = m_cancelFlag] {
        WriteResult result;
        QString error;
        const std::optional<QByteArray> pdf = PdfAssembler::assemble(plan, &error, flag.get());
        if (flag->load()) {
            result.cancelled = true;
            return std::make_pair(result, 0);
        }
        if (!pdf) {
            result.error = error;
            return std::make_pair(result, 0);
        }
        int pages = 0;
        if (const auto info = PdfAssembler::inspect(*pdf))
            pages = info->pageCount;
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size()) {
            result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString());
            return std::make_pair(result, 0);
        }
        if (flag->load()) { // last chance: QSaveFile drops the temporary file unless committed
            file.cancelWriting();
            result.cancelled = true;
            return std::make_pair(result, 0);
        }
        if (!file.commit()) {
            result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString());
            return std::make_pair(result, 0);
        }
        result.ok = true;
        return std::make_pair(result, pages);
    }));
}

void PacketExporter::cancel()
{
    if (!m_isRunning)
        return;
    m_cancelFlag->store(true);
    if (m_run && m_run->step == Run::Step::Writing)
        return; // the worker sees the flag and ends the run without writing
    m_isCancelled = true;
    m_error = tr("The export was cancelled.");
    end(false);
}

void PacketExporter::fail(const QString &message)
{
    if (!m_isRunning)
        return;
    qCWarning(lcExport) << "export failed:" << message;
    m_error = message;
    end(false);
}

void PacketExporter::end(bool ok)
{
    if (!m_isRunning)
        return;
    ++m_runId; // late results of this run are ignored from now on
    m_isRunning = false;
    m_lastOk = ok;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_renderer) {
        m_renderer->dispose(); // later: we may be inside one of its callbacks, or it may be printing
        m_renderer = nullptr;
    }
    if (ok)
        qCInfo(lcExport) << "exported" << m_pageCount << "pages in" << m_run->clock.elapsed() << "ms";
    m_run.reset();
    Q_EMIT finished(ok);
}

bool PacketExporter::exportPacket(const QString &archivePath, const PacketSpec &spec, const QString &outputPath)
{
    if (!start(archivePath, spec, outputPath))
        return false;
    if (m_isRunning) {
        QEventLoop loop;
        connect(this, &PacketExporter::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_lastOk;
}

} // namespace Ss::Export
