// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Ss::Core {

class ArchiveReader;
class PageComposer;

//! What an archive URL resolves to.
struct ResolvedUrl
{
    enum class Status { Ok, NotFound };
    Status status = Status::NotFound;
    QByteArray data;
    QByteArray mime;
    int node = -1; // the document shown, for pages
};

/*! \brief Maps the path of an archive URL (ss://archive/<path>) to bytes and a MIME type.
 *
 * Browser-agnostic: the WebEngine scheme handler is a thin adapter over it, and tests call it
 * directly. Paths are percent-decoded once; anything with "..", a NUL, a backslash or over 2,048
 * characters is not found. Pages of documents ("<id>/index.<lang>.html") are composed with the
 * app's template by PageComposer; "/_app/..." serves the app's own assets given to the
 * constructor; everything else is an archive entry with the MIME type from the manifest. */
class UrlResolver final
{
public:
    UrlResolver(ArchiveReader *reader, PageComposer *composer, QHash<QString, QByteArray> appAssets);

    ResolvedUrl resolve(const QString &encodedPath) const;
    //! The decoded, checked archive name of \a encodedPath, or an empty string when it is refused.
    static QString normalize(const QString &encodedPath);

private:
    ArchiveReader *m_reader;
    PageComposer *m_composer;
    QHash<QString, QByteArray> m_appAssets;
};

} // namespace Ss::Core
