// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivesession.h"

namespace Ss::Core {

ArchiveSession::ArchiveSession(QByteArray pageTemplate, QHash<QString, QByteArray> appAssets)
    : m_template(std::move(pageTemplate)), m_assets(std::move(appAssets))
{
}

bool ArchiveSession::open(const QString &path)
{
    if (!m_reader.open(path))
        return false;
    m_composer = std::make_unique<PageComposer>(&m_reader, m_template);
    m_resolver = std::make_unique<UrlResolver>(&m_reader, m_composer.get(), m_assets);
    m_search = std::make_unique<SearchEngine>(&m_reader);
    return true;
}

} // namespace Ss::Core
