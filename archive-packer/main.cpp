// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// seoulsolution-archive: builds, checks and reads .ssarc archives. See README.md.
#include "buildcommand.h"
#include "catcommand.h"
#include "infocommand.h"
#include "lscommand.h"
#include "searchcommand.h"
#include "verifycommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Ss::Packer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seoulsolution-archive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<BuildCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<LsCommand>());
    commands.push_back(std::make_unique<CatCommand>());
    commands.push_back(std::make_unique<SearchCommand>());

    QStringList args = QCoreApplication::arguments().mid(1);
    auto usage = [&](QTextStream &s) {
        s << "Usage: seoulsolution-archive COMMAND [options] ...\n\nCommands:\n";
        for (const auto &c : commands)
            s << "  " << c->name().leftJustified(8) << c->summary().section(u'\n', 0, 0) << '\n';
        s << "\n'seoulsolution-archive COMMAND --help' describes a command.\n"
             "Exit status: 0 success, 1 failed (verify found problems, not found), 2 source errors (build),\n"
             "3 the archive cannot be opened, 4 search failed (damaged index, query too long), 64 usage error.\n";
    };
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        usage(args.isEmpty() ? err : out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == u"--version" || args.first() == u"-v") {
        out << "seoulsolution-archive " << SS_VERSION << '\n';
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const auto &c : commands) {
        if (c->name() == name) {
            const int rc = c->run(args, out, err);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "seoulsolution-archive: unknown command '" << name << "'\n";
    usage(err);
    return ExitUsage;
}
