// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "markdownpreview.h"

#include <QScrollBar>
#include <QTextDocument>

namespace Ss::Ui {

MarkdownPreview::MarkdownPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
}

MarkdownPreview::~MarkdownPreview() = default;

void MarkdownPreview::setMarkdownText(const QString &markdown)
{
    // Keep the reader's place while the text is re-rendered at each pause in typing.
    const int scroll = verticalScrollBar()->value();
    document()->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                      | QTextDocument::MarkdownNoHTML));
    verticalScrollBar()->setValue(scroll);
}

QVariant MarkdownPreview::loadResource(int, const QUrl &)
{
    return {}; // nothing from files, the network or the archive: the proposal's text only
}

} // namespace Ss::Ui
