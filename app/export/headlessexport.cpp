// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "headlessexport.h"

#include "packetexporter.h"
#include "packetspec.h"

#include <core/translator.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Ss::Export {

namespace {
QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

bool HeadlessExport::isRequested(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == u"--export-packet" || a.startsWith(u"--export-packet="))
            return true;
    }
    return false;
}

bool HeadlessExport::isRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--export-packet" || a.startsWith("--export-packet="))
            return true;
    }
    return false;
}

QByteArray HeadlessExport::viewerTemplate()
{
    // As main.cpp builds it: the stylesheet inlined, so pages need no subresource to look right.
    const QByteArray css = readResource(QStringLiteral(":/web/viewer.css"));
    QByteArray page = readResource(QStringLiteral(":/web/page.html"));
    return page.isEmpty() ? QByteArray() : page.replace("{{css}}", css);
}

QString HeadlessExport::bundledArchive()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/../seoul-solution.ssarc"),
                                 dir + QStringLiteral("/../share/seoulsolution/seoul-solution.ssarc"),
                                 dir + QStringLiteral("/seoul-solution.ssarc")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

int HeadlessExport::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    return run(arguments, viewerTemplate(), err);
}

int HeadlessExport::run(const QStringList &arguments, const QByteArray &pageTemplate, QTextStream &err)
{
    const QString program = QFileInfo(arguments.value(0, QStringLiteral("seoulsolution"))).fileName();
    auto error = [&](const QString &message) {
        err << program << ": " << message << Qt::endl;
        return 1;
    };
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringLiteral("export-packet"),
                                          tr("Export a packet to this PDF file and exit."), QStringLiteral("FILE"));
    const QCommandLineOption docOption(QStringLiteral("doc"), tr("A document id; repeat for each document, in order."),
                                       QStringLiteral("ID"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("ko, en, both (one after the other) or both-side-by-side."),
                                        QStringLiteral("LANG"), QStringLiteral("ko"));
    const QCommandLineOption archiveOption(QStringLiteral("archive"), tr("The archive (default: the bundled one)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("The packet's title, on the cover."),
                                         QStringLiteral("TITLE"));
    const QCommandLineOption subtitleOption(QStringLiteral("subtitle"), tr("A subtitle for the cover."),
                                            QStringLiteral("TEXT"));
    const QCommandLineOption organisationOption(QStringLiteral("organisation"), tr("Who prepared the packet."),
                                                QStringLiteral("NAME"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("a4 (default) or letter."),
                                         QStringLiteral("PAPER"), QStringLiteral("a4"));
    parser.addOptions({outputOption, docOption, langOption, archiveOption, titleOption, subtitleOption,
                       organisationOption, paperOption});
    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return error(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return error(tr("--export-packet needs the PDF file to write."));
    PacketSpec spec;
    spec.docIds = parser.values(docOption);
    if (spec.docIds.isEmpty())
        return error(tr("Name at least one document with --doc ID."));
    const auto language = PacketSpec::languageFromString(parser.value(langOption));
    if (!language)
        return error(tr("Unknown language %1: use ko, en, both or both-side-by-side.").arg(parser.value(langOption)));
    spec.language = *language;
    const auto paper = PacketSpec::paperFromString(parser.value(paperOption));
    if (!paper)
        return error(tr("Unknown paper %1: use a4 or letter.").arg(parser.value(paperOption)));
    spec.paper = *paper;
    spec.title = parser.value(titleOption);
    spec.subtitle = parser.value(subtitleOption);
    spec.organisation = parser.value(organisationOption);

    const QString archive = parser.isSet(archiveOption) ? parser.value(archiveOption) : bundledArchive();
    if (archive.isEmpty())
        return error(tr("No archive: name one with --archive FILE."));
    if (pageTemplate.isEmpty())
        return error(tr("The viewer's page template is missing from this build."));

    // The packet's labels (cover, contents, fact boxes) in its first language, when the catalog is there.
    Core::Translator translator;
    translator.setLanguage(spec.contentLanguages().constFirst());

    PacketExporter exporter(pageTemplate, {});
    if (!exporter.exportPacket(archive, spec, output))
        return error(exporter.errorString());
    return 0;
}

} // namespace Ss::Export
