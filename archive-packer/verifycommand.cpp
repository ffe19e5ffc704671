// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "verifycommand.h"

#include <core/archive/archivereader.h>

namespace Ss::Packer {

void VerifyCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The archive."));
}

int VerifyCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    Core::ArchiveReader reader;
    if (!openArchive(reader, path, err))
        return ExitBadArchive;
    const QStringList problems = reader.verify();
    for (const QString &problem : problems)
        err << path << ": " << problem << '\n';
    if (!problems.isEmpty()) {
        err << path << ": " << problems.size() << " problem(s)\n";
        return ExitFailed;
    }
    out << path << ": ok (" << reader.nodes().size() << " documents)\n";
    return ExitOk;
}

} // namespace Ss::Packer
