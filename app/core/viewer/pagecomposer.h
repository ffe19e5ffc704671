// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Ss::Core {

class ArchiveReader;

/*! \brief Builds the page the viewer shows for a document: the app's template around the body
 * stored in the archive, with breadcrumbs, a table of contents of its parts, a fact box of its
 * typed fields, related documents, the children of a folder, and a banner when the document
 * lacks the wanted language.
 *
 * The template's first <head> element is the app's own Content-Security-Policy, so even a
 * hostile archive's HTML runs under it. Labels come from tr() in the UI language. */
class PageComposer final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Core::PageComposer)
public:
    PageComposer(ArchiveReader *reader, QByteArray pageTemplate);

    //! The page of \a node in \a lang (or the language it has); nullopt if its body is unreadable.
    std::optional<QByteArray> compose(int node, const QString &lang) const;
    //! A not-found page with a way back to the archive's home, in \a lang.
    QByteArray notFoundPage(const QString &lang) const;
    //! The archive's home page: its title, description and a card for each section.
    QByteArray homePage(const QString &lang) const;
    static QString homePath(const QString &lang) { return QStringLiteral("/index.") + lang + QStringLiteral(".html"); }
    //! The URL path of \a node's page in \a lang (or the language it has).
    QString pagePath(int node, const QString &lang) const;

    static QByteArray contentSecurityPolicy();

private:
    QString link(int node, const QString &lang) const;
    QString factBox(int node, const QString &lang) const;
    QByteArray fill(const QString &lang, const QString &title, const QString &bodyClass, const QString &main,
                    const QString &side) const;

    ArchiveReader *m_reader;
    QByteArray m_template;
};

} // namespace Ss::Core
