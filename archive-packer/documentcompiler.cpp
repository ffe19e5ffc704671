// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "documentcompiler.h"

#include "archivebuilder.h"
#include "htmlprocessor.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QUrl>

#include <md4c-html.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace Ss::Packer {

namespace {
//! 1-based line numbers of byte offsets in a text whose newlines are found once, not per lookup
//! (a page may have thousands of broken links).
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &content)
    {
        for (qsizetype i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1))
            m_newlines.push_back(i);
    }
    int lineOf(qsizetype offset) const
    {
        return int(std::lower_bound(m_newlines.cbegin(), m_newlines.cend(), offset) - m_newlines.cbegin()) + 1;
    }

private:
    std::vector<qsizetype> m_newlines;
};

//! Line of the first invalid UTF-8 sequence, or 0 when the text is valid.
int invalidUtf8Line(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    if (!decoder.hasError())
        return 0;
    const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
    // Count the lines of the valid text before the replacement character.
    return bad < 0 ? 1 : int(text.left(bad).count(u'\n')) + 1;
}

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}
} // namespace

DocumentCompiler::DocumentCompiler(const QMap<QString, SourceDocument> &documents,
                                   const QMap<QString, QString> &assets, QString defaultLanguage)
    : m_documents(documents), m_assets(assets), m_defaultLanguage(std::move(defaultLanguage))
{
    for (const SourceDocument &doc : documents) {
        m_idBySourcePath.insert(doc.id, doc.id); // the folder
        for (const SourceFile &file : doc.files)
            m_idBySourcePath.insert(file.relPath, doc.id);
    }
}

void DocumentCompiler::setHtmlFolderMode(bool on)
{
    m_isHtmlFolderMode = on;
    m_shownPrefix = on ? QString() : QStringLiteral("content/");
    if (on) {
        for (const SourceDocument &doc : m_documents) {
            if (doc.id.endsWith(u"/index"))
                m_idBySourcePath.insert(doc.id.left(doc.id.size() - 6), doc.id);
            else if (doc.id == u"index")
                m_idBySourcePath.insert(QStringLiteral("."), doc.id);
        }
    }
}

QString DocumentCompiler::pagePath(const QString &id, const QString &lang) const
{
    const SourceDocument doc = m_documents.value(id);
    QString use = lang;
    if (!doc.files.isEmpty() && !doc.files.contains(lang))
        use = doc.files.contains(m_defaultLanguage) ? m_defaultLanguage : doc.files.firstKey();
    return id + QStringLiteral("/index.") + use + QStringLiteral(".html");
}

LinkTarget DocumentCompiler::resolve(const SourceFile &from, const QString &url, bool isImage) const
{
    QString path = url;
    QString fragment;
    if (const qsizetype hash = path.indexOf(u'#'); hash >= 0) {
        fragment = path.mid(hash);
        path.truncate(hash);
    }
    if (const qsizetype query = path.indexOf(u'?'); query >= 0)
        path.truncate(query);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    LinkTarget target;
    QString rel;
    if (path.startsWith(u'/')) {
        rel = QDir::cleanPath(path.mid(1));
        if (m_assets.contains(rel) && !m_documents.contains(rel)) {
            target.kind = LinkTarget::Kind::Asset;
            target.url = u'/' + rel;
            return target;
        }
    } else {
        const QString dir = from.relPath.contains(u'/') ? from.relPath.left(from.relPath.lastIndexOf(u'/')) : QString();
        // A page at the top of an HTML folder has no folder: "/" + path would leave the folder.
        rel = QDir::cleanPath(dir.isEmpty() ? path : dir + u'/' + path);
    }
    if (rel == u"." && !m_isHtmlFolderMode)
        rel.clear();
    if (rel.startsWith(u"..") || rel.startsWith(u'/')) {
        target.error = QStringLiteral("link '%1' points outside content/").arg(url);
        return target;
    }
    if (rel.endsWith(u'/'))
        rel.chop(1);
    if (!isImage) {
        QString id = m_idBySourcePath.value(rel);
        if (id.isEmpty() && rel.endsWith(u".md")) // language-less form: page.md -> page.<lang>.md
            id = m_idBySourcePath.value(rel.left(rel.size() - 3) + u'.' + from.lang + QStringLiteral(".md"));
        if (!id.isEmpty()) {
            target.kind = LinkTarget::Kind::Document;
            target.docId = id;
            target.url = u'/' + pagePath(id, from.lang) + fragment;
            return target;
        }
    }
    if (m_assets.contains(rel)) {
        target.kind = LinkTarget::Kind::Asset;
        target.url = u'/' + rel;
        return target;
    }
    target.error = isImage ? QStringLiteral("missing image '%1' (no file content/%2)").arg(url, rel)
                           : QStringLiteral("broken link '%1': no document or file at content/%2").arg(url, rel);
    return target;
}

CompiledFile DocumentCompiler::compile(const QString &id, const SourceFile &file) const
{
    CompiledFile out;
    out.lang = file.lang;
    const QString shown = m_shownPrefix + file.relPath;
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.diagnostics.append({Diagnostic::Severity::Error, shown, 1, QStringLiteral("cannot read the file")});
        return out;
    }
    const QByteArray content = f.readAll();
    if (const int bad = invalidUtf8Line(content)) {
        out.diagnostics.append({Diagnostic::Severity::Error, shown, bad, QStringLiteral("invalid UTF-8")});
        return out;
    }
    out.frontMatter = FrontMatterParser::parse(content, shown, file.lang, &out.diagnostics);
    const FrontMatter &fm = out.frontMatter;
    if (!file.isHtml && !fm.hasFrontMatter && !m_isHtmlFolderMode)
        out.diagnostics.append({Diagnostic::Severity::Error, shown, 1,
                                QStringLiteral("missing front matter: a Markdown document starts with '---', "
                                               "a 'title:' line and '---'")});

    QByteArray html;
    if (file.isHtml) {
        html = fm.body;
    } else {
        html.reserve(fm.body.size() * 3 / 2);
        md_html(fm.body.constData(), MD_SIZE(fm.body.size()), appendHtml, &html, MD_DIALECT_GITHUB, 0);
    }
    const ProcessedHtml processed = HtmlProcessor::process(
        html, [&](const QString &url, bool isImage) { return resolve(file, url, isImage); });
    std::optional<LineIndex> lines;
    QHash<QString, int> lineOfUrl; // a page often repeats one broken link many times
    for (const UrlProblem &problem : processed.problems) {
        auto cached = lineOfUrl.constFind(problem.url);
        if (cached == lineOfUrl.cend()) {
            const qsizetype at = fm.body.indexOf(problem.url.toUtf8());
            if (at >= 0 && !lines)
                lines.emplace(fm.body);
            cached = lineOfUrl.insert(problem.url, at < 0 ? fm.bodyLine : fm.bodyLine + lines->lineOf(at) - 1);
        }
        const int line = cached.value();
        out.diagnostics.append({m_isHtmlFolderMode ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error,
                                shown, line, problem.message});
    }
    Core::DocumentText &text = out.text;
    text.title = fm.title.isEmpty() ? processed.title : fm.title;
    if (text.title.isEmpty() && file.isHtml)
        out.diagnostics.append({Diagnostic::Severity::Error, shown, 1, QStringLiteral("the page has no title")});
    text.summary = fm.summary;
    text.date = fm.date;
    text.tags = fm.tags;
    text.headings = processed.headings;
    text.plainText = processed.text;
    text.path = id + QStringLiteral("/index.") + file.lang + QStringLiteral(".html");
    text.html = ArchiveBuilder::page(file.lang, text.title, processed.body);
    out.linkedIds = processed.linkedIds;
    return out;
}

} // namespace Ss::Packer
