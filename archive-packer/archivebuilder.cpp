// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivebuilder.h"

#include "documentcompiler.h"
#include "sourcescanner.h"
#include "svgsanitizer.h"

#include <core/archive/archivereader.h>
#include <core/archive/archivewriter.h>
#include <core/archive/mimetypes.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Ss::Packer {

namespace {

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

//! One job of the parallel compile step.
struct CompileJob
{
    QString id;
    SourceFile file;
};

struct ArchiveYaml
{
    Core::ArchiveMetadata metadata;
    bool ok = false;
};

ArchiveYaml readArchiveYaml(const QString &path, Diagnostics *diagnostics)
{
    ArchiveYaml result;
    const QString shown = QStringLiteral("archive.yaml");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->error(shown, 1, QStringLiteral("cannot read archive.yaml"));
        return result;
    }
    YAML::Node root;
    try {
        root = YAML::Load(file.readAll().toStdString());
    } catch (const YAML::Exception &e) {
        diagnostics->error(shown, e.mark.line + 1, QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg)));
        return result;
    }
    if (!root.IsMap()) {
        diagnostics->error(shown, 1, QStringLiteral("archive.yaml must be a mapping"));
        return result;
    }
    Core::ArchiveMetadata &m = result.metadata;
    const int errorsBefore = diagnostics->errorCount();
    auto text = [&](const char *key, bool required) {
        const YAML::Node node = root[key];
        if (!node) {
            if (required)
                diagnostics->error(shown, 1, QStringLiteral("'%1' is required").arg(QLatin1String(key)));
            return QString();
        }
        if (!node.IsScalar()) {
            diagnostics->error(shown, node.Mark().line + 1, QStringLiteral("'%1' must be a text value").arg(QLatin1String(key)));
            return QString();
        }
        return QString::fromStdString(node.Scalar());
    };
    auto localized = [&](const char *key, QMap<QString, QString> *out, bool required) {
        const YAML::Node node = root[key];
        if (!node) {
            if (required)
                diagnostics->error(shown, 1, QStringLiteral("'%1' is required").arg(QLatin1String(key)));
            return;
        }
        if (!node.IsMap()) {
            diagnostics->error(shown, node.Mark().line + 1,
                               QStringLiteral("'%1' must map languages to text, e.g. { ko: ..., en: ... }").arg(QLatin1String(key)));
            return;
        }
        for (auto it = node.begin(); it != node.end(); ++it)
            out->insert(QString::fromStdString(it->first.Scalar()), QString::fromStdString(it->second.Scalar()));
    };
    m.id = text("id", true);
    m.version = text("version", true);
    m.publisher = text("publisher", false);
    m.defaultLanguage = text("default_language", true);
    m.created = text("created", false);
    localized("title", &m.titles, true);
    localized("description", &m.descriptions, false);
    if (const YAML::Node langs = root["languages"]; langs && langs.IsSequence()) {
        for (const auto &l : langs)
            m.languages.append(QString::fromStdString(l.Scalar()));
    } else {
        diagnostics->error(shown, 1, QStringLiteral("'languages' is required, a list such as [ko, en]"));
    }
    if (!m.id.isEmpty() && !QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]{2,63}$")).match(m.id).hasMatch())
        diagnostics->error(shown, 1, QStringLiteral("'id' must be 3-64 characters of a-z, 0-9 and -"));
    if (!m.defaultLanguage.isEmpty() && !m.languages.contains(m.defaultLanguage))
        diagnostics->error(shown, 1, QStringLiteral("'default_language' must be one of 'languages'"));
    result.ok = diagnostics->errorCount() == errorsBefore;
    return result;
}

/*! Gives the memory freed so far back to the system. The builder holds every compiled page until
 *  it writes it and frees it then, but the C library keeps freed memory for reuse: without this,
 *  the self-check (which reads the whole archive into memory) would come on top of all the pages.
 *  Not done while writing: returning and faulting in the same pages again cost a tenth of the time. */
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

//! Orders a node's children: weight, then title in the default language, then id.
struct SortKey
{
    int weight = 0;
    QString title;
    QString id;
    bool operator<(const SortKey &o) const { return std::tie(weight, title, id) < std::tie(o.weight, o.title, o.id); }
};

} // namespace

ArchiveBuilder::ArchiveBuilder(BuildOptions options, Diagnostics *diagnostics)
    : m_options(std::move(options)), m_diagnostics(diagnostics)
{
}

QByteArray ArchiveBuilder::contentSecurityPolicy()
{
    return "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; "
           "media-src 'self'; script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; "
           "base-uri 'none'; form-action 'none'";
}

QByteArray ArchiveBuilder::page(const QString &lang, const QString &title, const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size() + 512);
    out += "<!DOCTYPE html>\n<html lang=\"" + lang.toUtf8() + "\"><head><meta http-equiv=\"Content-Security-Policy\" content=\""
           + contentSecurityPolicy() + "\"><meta charset=\"utf-8\"><title>" + htmlEscape(title).toUtf8()
           + "</title></head>\n<body>\n" + body + "\n</body></html>\n";
    return out;
}

bool ArchiveBuilder::build()
{
    const bool ok = m_options.isHtmlFolder ? buildFromHtmlFolder() : buildFromSource();
    return ok && !m_diagnostics->hasErrors();
}

namespace {

//! The parts both build modes share: compile in parallel, merge languages, order, write, self-check.
class Assembler
{
public:
    Assembler(const BuildOptions &options, Diagnostics *diagnostics, const ArchiveBuilder::Progress &progress)
        : m_options(options), m_diagnostics(diagnostics), m_progress(progress)
    {
    }

    bool run(const Core::ArchiveMetadata &metadata, const QMap<QString, SourceDocument> &documents,
             const QMap<QString, QString> &assets, const QStringList &rootOrder, bool htmlMode, int *count,
             QString *error)
    {
        DocumentCompiler compiler(documents, assets, metadata.defaultLanguage);
        compiler.setHtmlFolderMode(htmlMode);
        QList<CompileJob> jobs;
        for (const SourceDocument &doc : documents) {
            for (const SourceFile &file : doc.files)
                jobs.append({doc.id, file});
        }
        std::atomic<int> done = 0;
        const int total = int(jobs.size());
        QList<CompiledFile> compiled = QtConcurrent::blockingMapped(jobs, [&](const CompileJob &job) {
            CompiledFile result = compiler.compile(job.id, job.file);
            result.frontMatter.body = QByteArray(); // the source text, not needed any more
            const int n = ++done;
            if (m_progress && (n % 16 == 0 || n == total))
                m_progress(n, total);
            return result;
        });
        QHash<QString, QMap<QString, const CompiledFile *>> byId;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            m_diagnostics->append(compiled.at(i).diagnostics);
            byId[jobs.at(i).id].insert(jobs.at(i).file.lang, &compiled.at(i));
        }

        // Merge the languages of each document, check references, and find each node's order.
        QHash<QString, Core::ArchiveDocument> merged;
        QHash<QString, SortKey> keys;
        for (const SourceDocument &doc : documents) {
            Core::ArchiveDocument out;
            out.id = doc.id;
            out.isFolder = doc.isBranch;
            const auto files = byId.value(doc.id);
            const CompiledFile *primary = files.value(metadata.defaultLanguage, files.isEmpty() ? nullptr : files.first());
            const QString slug = doc.id.section(u'/', -1);
            if (!primary) { // a folder without a landing page
                for (const QString &lang : metadata.languages) {
                    Core::DocumentText text;
                    text.title = slug;
                    text.path = compiler.pagePath(doc.id, lang);
                    text.html = ArchiveBuilder::page(lang, slug, {});
                    out.texts.insert(lang, text);
                }
                merged.insert(doc.id, out);
                keys.insert(doc.id, {0, slug, doc.id});
                continue;
            }
            if (primary->frontMatter.isDraft)
                continue;
            out.kind = primary->frontMatter.kind;
            const QString primaryFile = doc.files.value(primary->lang).relPath;
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                const CompiledFile *file = it.value();
                const QString shown = (htmlMode ? QString() : QStringLiteral("content/")) + doc.files.value(it.key()).relPath;
                out.texts.insert(it.key(), file->text);
                for (const QString &linked : file->linkedIds) {
                    if (!out.links.contains(linked) && linked != doc.id)
                        out.links.append(linked);
                }
                if (file->frontMatter.kind != out.kind)
                    m_diagnostics->warning(shown, 2, QStringLiteral("kind '%1' differs from '%2' in %3")
                                                         .arg(file->frontMatter.kind, out.kind, primaryFile));
                for (const Core::DocumentField &field : file->frontMatter.fields) {
                    if (!field.lang.isEmpty()) {
                        out.fields.append(field); // text in this language
                    } else if (file == primary) {
                        out.fields.append(field);
                    } else if (!std::any_of(primary->frontMatter.fields.cbegin(), primary->frontMatter.fields.cend(),
                                            [&](const Core::DocumentField &p) { return p.name == field.name && p.value == field.value; })) {
                        m_diagnostics->warning(shown, 2, QStringLiteral("field '%1' differs from %2; the value there is used")
                                                             .arg(field.name, primaryFile));
                    }
                }
                for (const IdReference &ref : file->frontMatter.related + file->frontMatter.references) {
                    if (!documents.contains(ref.id))
                        m_diagnostics->error(shown, ref.line, QStringLiteral("'%1' is not a document id of this archive").arg(ref.id));
                    else if (file == primary && !out.related.contains(ref.id) && ref.id != doc.id)
                        out.related.append(ref.id);
                }
            }
            if (!htmlMode) {
                for (const QString &lang : metadata.languages) {
                    if (!files.contains(lang))
                        m_diagnostics->warning(QStringLiteral("content/") + primaryFile, 1,
                                               QStringLiteral("missing translation: no '%1' version of %2").arg(lang, doc.id));
                }
            }
            merged.insert(doc.id, out);
            keys.insert(doc.id, {primary->frontMatter.weight, primary->text.title, doc.id});
        }
        // From here on the pages live in merged only, which the writing below empties as it goes.
        byId.clear();
        compiled.clear();
        if (m_diagnostics->hasErrors())
            return false;

        // Children lists in order; a draft's children are left out with it.
        QHash<QString, QList<SortKey>> children;
        QList<SortKey> roots;
        for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
            const QString &id = it.key();
            const qsizetype slash = id.lastIndexOf(u'/');
            if (slash < 0)
                roots.append(keys.value(id));
            else
                children[id.left(slash)].append(keys.value(id));
        }
        std::sort(roots.begin(), roots.end(), [&](const SortKey &a, const SortKey &b) {
            const qsizetype ia = rootOrder.indexOf(a.id), ib = rootOrder.indexOf(b.id);
            if (ia != ib)
                return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
            return a < b;
        });

        const int documentCount = int(merged.size());
        Core::ArchiveWriter writer(m_options.output);
        if (!writer.open(metadata, m_options.mtime)) {
            *error = writer.errorString();
            return false;
        }
        std::function<bool(const SortKey &)> write = [&](const SortKey &key) {
            if (!writer.addDocument(merged.take(key.id)))
                return false;
            QList<SortKey> kids = children.value(key.id);
            std::sort(kids.begin(), kids.end());
            for (const SortKey &kid : std::as_const(kids)) {
                if (!write(kid))
                    return false;
            }
            return true;
        };
        for (const SortKey &root : std::as_const(roots)) {
            if (!write(root)) {
                *error = writer.errorString();
                return false;
            }
        }
        for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
            QFile file(it.value());
            if (!file.open(QIODevice::ReadOnly)) {
                m_diagnostics->error(it.key(), 1, QStringLiteral("cannot read the file"));
                continue;
            }
            QByteArray data = file.readAll();
            const QString mime = Core::MimeTypes::forFileName(it.key());
            if (mime == u"image/svg+xml") {
                QString svgError;
                int svgLine = 1;
                const auto clean = SvgSanitizer::sanitize(data, &svgError, &svgLine);
                if (!clean) {
                    m_diagnostics->error((htmlMode ? QString() : QStringLiteral("content/")) + it.key(), svgLine,
                                         QStringLiteral("malformed SVG: %1").arg(svgError));
                    continue;
                }
                data = *clean;
            } else if (mime == u"text/html") {
                continue; // HTML that is not a document would bypass the sanitizer
            }
            if (!writer.addFile(it.key(), data, mime)) {
                *error = writer.errorString();
                return false;
            }
        }
        if (m_diagnostics->hasErrors())
            return false;
        if (!writer.commit()) {
            *error = writer.errorString();
            return false;
        }
        *count = documentCount;
        releaseFreedMemory();
        return selfCheck(error);
    }

private:
    //! K4: open the new archive with the reader the app uses and verify all of it.
    bool selfCheck(QString *error)
    {
        Core::ArchiveReader reader;
        QStringList problems;
        if (!reader.open(m_options.output))
            problems.append(reader.errorString());
        else
            problems = reader.verify();
        if (problems.isEmpty())
            return true;
        *error = QStringLiteral("self-check of the new archive failed: ") + problems.join(QStringLiteral("; "));
        QFile::remove(m_options.output);
        return false;
    }

    const BuildOptions &m_options;
    Diagnostics *m_diagnostics;
    const ArchiveBuilder::Progress &m_progress;
};

} // namespace

bool ArchiveBuilder::buildFromSource()
{
    const ArchiveYaml yaml = readArchiveYaml(m_options.source + QStringLiteral("/archive.yaml"), m_diagnostics);
    if (!yaml.ok)
        return false;
    Core::ArchiveMetadata metadata = yaml.metadata;
    metadata.generator = QStringLiteral("seoulsolution-archive " SS_VERSION);
    if (metadata.created.isEmpty())
        metadata.created = QDateTime::fromSecsSinceEpoch(m_options.mtime, Qt::UTC).date().toString(Qt::ISODate);
    SourceScanner scanner(m_options.source, metadata.languages, m_diagnostics);
    scanner.scan();
    Assembler assembler(m_options, m_diagnostics, m_progress);
    return assembler.run(metadata, scanner.documents(), scanner.assets(), SourceScanner::sections(), false,
                         &m_documentCount, &m_error);
}

bool ArchiveBuilder::buildFromHtmlFolder()
{
    const QDir root(m_options.source);
    if (!root.exists()) {
        m_diagnostics->error(m_options.source, 1, QStringLiteral("no such folder"));
        return false;
    }
    const QString folderName = QFileInfo(root.absolutePath()).fileName();
    Core::ArchiveMetadata metadata;
    metadata.id = m_options.htmlId.isEmpty() ? folderName.toLower() : m_options.htmlId;
    metadata.version = QStringLiteral("1");
    metadata.languages = {m_options.htmlLanguage};
    metadata.defaultLanguage = m_options.htmlLanguage;
    metadata.titles.insert(m_options.htmlLanguage, m_options.htmlTitle.isEmpty() ? folderName : m_options.htmlTitle);
    metadata.created = QDateTime::fromSecsSinceEpoch(m_options.mtime, Qt::UTC).date().toString(Qt::ISODate);
    metadata.generator = QStringLiteral("seoulsolution-archive " SS_VERSION);

    QStringList files;
    QDirIterator it(root.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    QMap<QString, SourceDocument> documents;
    QMap<QString, QString> assets;
    for (const QString &rel : std::as_const(files)) {
        if (rel.endsWith(u".html") || rel.endsWith(u".htm")) {
            const QString id = rel.left(rel.lastIndexOf(u'.'));
            SourceDocument &doc = documents[id];
            doc.id = id;
            doc.files.insert(m_options.htmlLanguage,
                             SourceFile{root.absoluteFilePath(rel), rel, m_options.htmlLanguage, true, false});
        } else if (!Core::MimeTypes::forFileName(rel).isEmpty() && !rel.endsWith(u".css") && !rel.endsWith(u".txt")) {
            assets.insert(rel, root.absoluteFilePath(rel));
        }
    }
    // Folders become nodes titled by their name.
    const QStringList ids = documents.keys();
    for (const QString &id : ids) {
        QString parent = id;
        while (parent.contains(u'/')) {
            parent = parent.left(parent.lastIndexOf(u'/'));
            SourceDocument &folder = documents[parent];
            folder.id = parent;
            folder.isBranch = true;
        }
    }
    if (documents.isEmpty()) {
        m_diagnostics->error(m_options.source, 1, QStringLiteral("no .html pages found"));
        return false;
    }
    Assembler assembler(m_options, m_diagnostics, m_progress);
    return assembler.run(metadata, documents, assets, {QStringLiteral("index")}, true, &m_documentCount, &m_error);
}

} // namespace Ss::Packer
