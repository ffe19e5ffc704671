// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "lscommand.h"

#include <core/archive/archivereader.h>
#include <core/archive/sqlitestatement.h>

#include <functional>

namespace Ss::Packer {

void LsCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The archive."));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language of the titles."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("List every stored file (name, MIME type) instead.")});
}

int LsCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Core::ArchiveReader reader;
    if (!openArchive(reader, parser.positionalArguments().constFirst(), err))
        return ExitBadArchive;
    const QString fallback = reader.metadata().defaultLanguage;
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : fallback;
    const auto &nodes = reader.nodes();
    if (parser.isSet(QStringLiteral("files"))) {
        // Every sqlar entry, images and attachments included, not only the pages of the tree.
        reader.startBudget();
        Core::SqliteStatement st(reader.handle(), "SELECT name FROM sqlar ORDER BY name");
        while (st.step())
            out << st.text(0) << '\t' << reader.mimeType(st.text(0)) << '\n';
        if (st.isError()) {
            err << parser.positionalArguments().constFirst() << ": " << st.errorString() << '\n';
            return ExitFailed;
        }
        return ExitOk;
    }
    std::function<void(int, int)> print = [&](int i, int depth) {
        const Core::ArchiveNode &node = nodes.at(i);
        out << QString(depth * 2, u' ') << node.docId << "  [" << (node.isFolder ? QStringLiteral("folder") : node.kind)
            << "]  " << node.title(lang, fallback) << '\n';
        for (int child : node.children)
            print(child, depth + 1);
    };
    for (int root : reader.roots())
        print(root, 0);
    return ExitOk;
}

} // namespace Ss::Packer
