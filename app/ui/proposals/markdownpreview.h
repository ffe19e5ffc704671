// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QTextBrowser>

namespace Ss::Ui {

/*! \brief The live preview of the proposal body: Markdown (GitHub dialect) rendered by QTextDocument.
 *
 * Safe for any text the user pastes: raw HTML is not interpreted, no resource is ever loaded (no images from files
 * or the network: loadResource() answers nothing), and links are not followed. */
class MarkdownPreview final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownPreview)

public:
    explicit MarkdownPreview(QWidget *parent = nullptr);
    ~MarkdownPreview() override;

    void setMarkdownText(const QString &markdown);

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Ss::Ui
