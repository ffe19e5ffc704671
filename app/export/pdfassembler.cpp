// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "pdfassembler.h"

#include "exportlogging.h"

#include <QUrl>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNameTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

namespace Ss::Export {

namespace {

using Oh = QPDFObjectHandle;

std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), size_t(b.size()));
}

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

//! Thrown inside assemble() to stop when the caller cancels; caught there.
struct Cancelled : std::runtime_error
{
    Cancelled() : std::runtime_error("cancelled") {}
};

void openMemory(QPDF &pdf, const QByteArray &bytes, const char *description)
{
    pdf.setSuppressWarnings(true);
    // qpdf reads lazily from this buffer: the QByteArray must outlive the QPDF object.
    pdf.processMemoryFile(description, bytes.constData(), size_t(bytes.size()));
}

//! A destination value ([page /XYZ left top zoom], or a dictionary with /D) as page + top.
std::optional<PdfDestination> destinationOf(Oh value, const std::map<QPDFObjGen, int> &pageIndex)
{
    if (value.isDictionary() && value.hasKey("/D"))
        value = value.getKey("/D");
    if (!value.isArray() || value.getArrayNItems() < 1)
        return std::nullopt;
    const auto it = pageIndex.find(value.getArrayItem(0).getObjGen());
    if (it == pageIndex.end())
        return std::nullopt;
    PdfDestination d;
    d.page = it->second;
    if (value.getArrayNItems() >= 4 && value.getArrayItem(1).isName() && value.getArrayItem(1).getName() == "/XYZ" &&
        value.getArrayItem(3).isNumber()) {
        d.top = value.getArrayItem(3).getNumericValue();
        d.hasTop = true;
    }
    return d;
}

PdfInfo readInfo(QPDF &pdf)
{
    PdfInfo info;
    std::map<QPDFObjGen, int> pageIndex;
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    for (size_t i = 0; i < pages.size(); ++i)
        pageIndex.emplace(pages[i].getObjectHandle().getObjGen(), int(i));
    info.pageCount = int(pages.size());
    Oh root = pdf.getRoot();
    // Chromium (Skia) writes a /Dests dictionary in the catalog; PDF 1.2+ writers may use the name tree.
    if (Oh dests = root.getKey("/Dests"); dests.isDictionary()) {
        for (const auto &[key, value] : dests.getDictAsMap()) {
            if (const auto d = destinationOf(value, pageIndex))
                info.destinations.insert(QUrl::fromPercentEncoding(QByteArray::fromStdString(key.substr(1))), *d);
        }
    }
    if (Oh names = root.getKey("/Names"); names.isDictionary() && names.getKey("/Dests").isDictionary()) {
        QPDFNameTreeObjectHelper tree(names.getKey("/Dests"), pdf);
        for (const auto &[key, value] : tree.getAsMap()) {
            if (const auto d = destinationOf(value, pageIndex))
                info.destinations.insert(fromUtf8(key), *d);
        }
    }
    return info;
}

double pageTop(QPDFPageObjectHelper page)
{
    const Oh::Rectangle box = page.getMediaBox().getArrayAsRectangle();
    return box.ury;
}

class Assembly
{
public:
    Assembly(const AssemblyPlan &plan, const std::atomic_bool *cancelled) : m_plan(plan), m_cancelled(cancelled) {}

    QByteArray run()
    {
        m_out.emptyPDF();
        copyParts();
        rewriteLinks();
        stampOverlay();
        writeOutline();
        writePageLabels();
        writeMetadata();
        checkCancelled();
        QPDFWriter writer(m_out);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    }

    int pageCount() const { return int(m_pages.size()); }

private:
    struct Part
    {
        int firstPage = 0;
        PdfInfo info;
    };

    void checkCancelled() const
    {
        if (m_cancelled && m_cancelled->load())
            throw Cancelled();
    }

    void copyParts()
    {
        QPDFPageDocumentHelper outPages(m_out);
        for (qsizetype i = 0; i < m_plan.parts.size(); ++i) {
            checkCancelled();
            auto source = std::make_unique<QPDF>();
            openMemory(*source, m_plan.parts.at(i), "part");
            Part part;
            part.firstPage = int(m_pages.size());
            part.info = readInfo(*source);
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*source).getAllPages())
                outPages.addPage(page, false);
            // addPage copies the page (and may copy it again when shared): read the result back.
            const std::vector<QPDFPageObjectHelper> all = outPages.getAllPages();
            for (size_t p = size_t(part.firstPage); p < all.size(); ++p) {
                m_pages.push_back(all[p]);
                m_partOfPage.push_back(int(i));
            }
            m_parts.push_back(std::move(part));
            // Stream data is copied when the output is written: keep every source open until then.
            m_sources.push_back(std::move(source));
        }
    }

    //! An explicit destination for \a anchor in \a part (its first page when absent or unknown).
    Oh destination(int part, const QString &anchor)
    {
        const Part &p = m_parts.at(size_t(part));
        int page = p.firstPage;
        double top = -1;
        if (!anchor.isEmpty()) {
            const auto it = p.info.destinations.constFind(anchor);
            if (it != p.info.destinations.cend()) {
                page = p.firstPage + it->page;
                if (it->hasTop)
                    top = it->top;
            }
        }
        page = std::min(page, int(m_pages.size()) - 1);
        QPDFPageObjectHelper target = m_pages.at(size_t(page));
        if (top < 0)
            top = pageTop(target);
        Oh dest = Oh::newArray();
        dest.appendItem(target.getObjectHandle());
        dest.appendItem(Oh::newName("/XYZ"));
        dest.appendItem(Oh::newNull());
        dest.appendItem(Oh::newReal(top, 2));
        dest.appendItem(Oh::newNull());
        return dest;
    }

    //! Where a link annotation on a page of \a part should go; an uninitialized handle removes it.
    std::optional<Oh> linkDestination(int part, Oh annotation)
    {
        Oh action = annotation.getKey("/A");
        if (action.isDictionary() && action.getKey("/S").isName() && action.getKey("/S").getName() == "/URI") {
            const QUrl url(fromUtf8(action.getKey("/URI").getUTF8Value()));
            if (url.scheme() != u"ss")
                return std::nullopt; // web and mail links stay as they are
            QString path = url.path();
            while (path.startsWith(u'/'))
                path.remove(0, 1);
            const auto it = m_plan.links.constFind(path);
            if (it == m_plan.links.cend() || it->part < 0 || it->part >= int(m_parts.size()))
                return Oh(); // an archive page outside the packet: nothing to open in a PDF reader
            return destination(it->part, url.hasFragment() ? it->anchorPrefix + url.fragment() : QString());
        }
        Oh named = annotation.getKey("/Dest");
        if (action.isDictionary() && action.getKey("/S").isName() && action.getKey("/S").getName() == "/GoTo")
            named = action.getKey("/D");
        if (named.isName() || named.isString()) {
            const QString name = named.isName()
                                     ? QUrl::fromPercentEncoding(QByteArray::fromStdString(named.getName().substr(1)))
                                     : fromUtf8(named.getUTF8Value());
            if (!m_parts.at(size_t(part)).info.destinations.contains(name))
                return Oh();
            return destination(part, name);
        }
        return std::nullopt;
    }

    void rewriteLinks()
    {
        for (size_t i = 0; i < m_pages.size(); ++i) {
            checkCancelled();
            Oh page = m_pages[i].getObjectHandle();
            Oh annots = page.getKey("/Annots");
            if (!annots.isArray())
                continue;
            Oh kept = Oh::newArray();
            for (Oh annotation : annots.aitems()) {
                if (!annotation.isDictionary() || !annotation.getKey("/Subtype").isName() ||
                    annotation.getKey("/Subtype").getName() != "/Link") {
                    kept.appendItem(annotation);
                    continue;
                }
                const std::optional<Oh> dest = linkDestination(m_partOfPage[i], annotation);
                if (!dest) {
                    kept.appendItem(annotation);
                } else if (dest->isInitialized()) {
                    annotation.removeKey("/A");
                    annotation.replaceKey("/Dest", *dest);
                    kept.appendItem(annotation);
                }
            }
            if (kept.getArrayNItems() > 0)
                page.replaceKey("/Annots", kept);
            else
                page.removeKey("/Annots");
        }
    }

    void stampOverlay()
    {
        if (m_plan.overlays.isEmpty())
            return;
        std::vector<QPDFPageObjectHelper> stamps;
        for (const QByteArray &bytes : m_plan.overlays) {
            auto overlay = std::make_unique<QPDF>();
            openMemory(*overlay, bytes, "overlay");
            for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*overlay).getAllPages())
                stamps.push_back(page);
            m_sources.push_back(std::move(overlay)); // its stream data is read when the output is written
        }
        if (stamps.size() != m_pages.size())
            throw std::runtime_error("the header and footer overlay has " + std::to_string(stamps.size()) +
                                     " pages for " + std::to_string(m_pages.size()) + " pages");
        for (size_t i = 0; i < m_pages.size(); ++i) {
            checkCancelled();
            QPDFPageObjectHelper &page = m_pages[i];
            Oh form = m_out.copyForeignObject(stamps[i].getFormXObjectForPage());
            Oh pageObject = page.getObjectHandle();
            // Chromium may share one resource dictionary between pages: give this page its own.
            Oh resources = pageObject.getKey("/Resources");
            resources = resources.isDictionary() ? resources.shallowCopy() : Oh::newDictionary();
            Oh xobjects = resources.getKey("/XObject");
            xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : Oh::newDictionary();
            resources.replaceKey("/XObject", xobjects);
            pageObject.replaceKey("/Resources", resources);
            int suffix = 1;
            const std::string name = resources.getUniqueResourceName("/SsOverlay", suffix);
            xobjects.replaceKey(name, form);
            const std::string place = page.placeFormXObject(form, name, page.getMediaBox().getArrayAsRectangle());
            // Wrap the page's own content in q/Q so that its graphics state cannot leak into the stamp.
            page.addPageContents(Oh::newStream(&m_out, "q\n"), true);
            page.addPageContents(Oh::newStream(&m_out, "\nQ\nq\n" + place + "\nQ\n"), false);
        }
    }

    //! Writes \a items under \a parent; returns the number of entries visible when \a parent is open.
    int writeOutlineItems(Oh parent, const QList<OutlineItem> &items)
    {
        Oh previous;
        Oh first;
        int visible = 0;
        for (const OutlineItem &item : items) {
            if (item.part < 0 || item.part >= int(m_parts.size()))
                continue;
            Oh entry = m_out.makeIndirectObject(Oh::newDictionary());
            entry.replaceKey("/Title", Oh::newUnicodeString(utf8(item.title)));
            entry.replaceKey("/Parent", parent);
            entry.replaceKey("/Dest", destination(item.part, item.anchor));
            if (previous.isInitialized()) {
                previous.replaceKey("/Next", entry);
                entry.replaceKey("/Prev", previous);
            } else {
                first = entry;
            }
            if (!item.children.isEmpty()) {
                const int below = writeOutlineItems(entry, item.children);
                // Negative: closed. A packet of thirty manuals opens as a list of thirty titles.
                if (below > 0)
                    entry.replaceKey("/Count", Oh::newInteger(-below));
            }
            previous = entry;
            ++visible;
        }
        if (first.isInitialized()) {
            parent.replaceKey("/First", first);
            parent.replaceKey("/Last", previous);
        }
        return visible;
    }

    void writeOutline()
    {
        if (m_plan.outline.isEmpty())
            return;
        Oh outlines = m_out.makeIndirectObject(Oh::newDictionary());
        outlines.replaceKey("/Type", Oh::newName("/Outlines"));
        const int count = writeOutlineItems(outlines, m_plan.outline);
        outlines.replaceKey("/Count", Oh::newInteger(count));
        m_out.getRoot().replaceKey("/Outlines", outlines);
        m_out.getRoot().replaceKey("/PageMode", Oh::newName("/UseOutlines"));
    }

    void writePageLabels()
    {
        int frontPages = 0;
        for (int i = 0; i < m_plan.frontPartCount && i < int(m_parts.size()); ++i)
            frontPages += m_parts.at(size_t(i)).info.pageCount;
        Oh nums = Oh::newArray();
        if (frontPages > 0) {
            nums.appendItem(Oh::newInteger(0));
            nums.appendItem(Oh::parse("<< /S /r >>"));
        }
        if (frontPages < int(m_pages.size())) {
            nums.appendItem(Oh::newInteger(frontPages));
            nums.appendItem(Oh::parse("<< /S /D /St 1 >>"));
        }
        Oh labels = Oh::newDictionary();
        labels.replaceKey("/Nums", nums);
        m_out.getRoot().replaceKey("/PageLabels", labels);
    }

    void writeMetadata()
    {
        const PdfMetadata &m = m_plan.metadata;
        Oh info = m_out.makeIndirectObject(Oh::newDictionary());
        auto put = [&](const char *key, const QString &value) {
            if (!value.isEmpty())
                info.replaceKey(key, Oh::newUnicodeString(utf8(value)));
        };
        put("/Title", m.title);
        put("/Author", m.author);
        put("/Subject", m.subject);
        put("/Creator", m.creator);
        put("/Producer", QStringLiteral("qpdf %1, Chromium").arg(QString::fromLatin1(QPDF::QPDFVersion().c_str())));
        const QString date = PdfAssembler::pdfDate(m.created.isValid() ? m.created : QDateTime::currentDateTimeUtc());
        put("/CreationDate", date);
        put("/ModDate", date);
        m_out.getTrailer().replaceKey("/Info", info);
        Oh root = m_out.getRoot();
        if (!m.language.isEmpty())
            root.replaceKey("/Lang", Oh::newUnicodeString(utf8(m.language)));
        root.replaceKey("/ViewerPreferences", Oh::parse("<< /DisplayDocTitle true >>"));
    }

    const AssemblyPlan &m_plan;
    const std::atomic_bool *m_cancelled;
    QPDF m_out;
    std::vector<std::unique_ptr<QPDF>> m_sources;
    std::vector<Part> m_parts;
    std::vector<QPDFPageObjectHelper> m_pages;
    std::vector<int> m_partOfPage;
};

} // namespace

std::optional<PdfInfo> PdfAssembler::inspect(const QByteArray &pdf, QString *error)
{
    try {
        QPDF q;
        openMemory(q, pdf, "rendered page");
        return readInfo(q);
    } catch (const std::exception &e) {
        if (error)
            *error = tr("The rendered page is not a readable PDF: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return std::nullopt;
}

std::optional<QByteArray> PdfAssembler::assemble(const AssemblyPlan &plan, QString *error,
                                                 const std::atomic_bool *cancelled)
{
    try {
        Assembly assembly(plan, cancelled);
        return assembly.run();
    } catch (const Cancelled &) {
        if (error)
            *error = tr("Cancelled.");
    } catch (const std::exception &e) {
        qCWarning(lcExport) << "qpdf:" << e.what();
        if (error)
            *error = tr("Could not put the PDF together: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return std::nullopt;
}

QString PdfAssembler::pdfDate(const QDateTime &time)
{
    return QStringLiteral("D:") + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("Z");
}

} // namespace Ss::Export
