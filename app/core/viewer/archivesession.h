// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <core/archive/archivereader.h>
#include <core/search/searchengine.h>
#include "pagecomposer.h"
#include "urlresolver.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace Ss::Core {

/*! \brief One opened archive with what the viewer needs of it: reader, page composer, resolver.
 *
 * open() either succeeds completely or leaves nothing half-made, so the caller can keep its
 * previous session on failure. */
class ArchiveSession final
{
public:
    ArchiveSession(QByteArray pageTemplate, QHash<QString, QByteArray> appAssets);

    bool open(const QString &path);
    QString errorString() const { return m_reader.errorString(); }

    ArchiveReader *reader() { return &m_reader; }
    PageComposer *composer() { return m_composer.get(); }
    UrlResolver *resolver() { return m_resolver.get(); }
    SearchEngine *searchEngine() { return m_search.get(); }

private:
    QByteArray m_template;
    QHash<QString, QByteArray> m_assets;
    ArchiveReader m_reader;
    std::unique_ptr<PageComposer> m_composer;
    std::unique_ptr<UrlResolver> m_resolver;
    std::unique_ptr<SearchEngine> m_search;
};

} // namespace Ss::Core
