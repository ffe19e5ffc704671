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
 * Pages of some kinds get more, drawn from the archive's records as static HTML (pages run
 * without script):
 * - a city: the policy sharing activities with it (their "city" field names it, or they link
 *   to it), newest first, with year, policy area and status;
 * - a folder with manuals (a policy area): a card per manual with its summary and, when its
 *   page has one, its first image as a small figure;
 * - any document whose body has a chronology table (exactly two columns, every first cell a
 *   year, years in order, at least three rows): that table is drawn as a timeline, an inline
 *   SVG axis over a list of the events grouped by decade. The Seoul Policy Office overview
 *   stores its fifty years that way, as a Markdown table, so no new field is needed.
 *
 * The template's first <head> element is the app's own Content-Security-Policy, so even a
 * hostile archive's HTML runs under it. Labels come from tr() in the UI language; every text
 * taken from the archive is HTML-escaped. */
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
    //! The section listing the activities with the city \a node (or saying there are none).
    QString cityActivities(int node, const QString &lang) const;
    //! The cards of the manuals among \a manuals (child nodes of a folder), with figures.
    QString manualCards(const QList<int> &manuals, const QString &lang) const;
    //! The archive name of the first image of \a node's page in \a lang, if it is a safe archive path.
    QString firstImage(int node, const QString &lang) const;
    //! \a body with every chronology table replaced by a timeline graphic; \a found counts them.
    static QString withTimelines(const QString &body, int *found = nullptr);
    static QString statusName(const QString &slug);
    QByteArray fill(const QString &lang, const QString &title, const QString &bodyClass, const QString &main,
                    const QString &side) const;

    ArchiveReader *m_reader;
    QByteArray m_template;
};

} // namespace Ss::Core
