// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "svgsanitizer.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Ss::Packer {

namespace {
bool isDroppedElement(QStringView name)
{
    return name == u"script" || name == u"foreignObject" || name == u"set" || name == u"animate"
           || name == u"handler" || name == u"listener" || name == u"iframe";
}

bool isSafeAttribute(const QXmlStreamAttribute &attr)
{
    const QStringView name = attr.name();
    if (name.startsWith(u"on", Qt::CaseInsensitive))
        return false;
    if (name == u"href" || name == u"src")
        return attr.value().trimmed().startsWith(u'#');
    // url(...) in presentation attributes may only point inside the document.
    const QString value = attr.value().toString();
    const qsizetype url = value.indexOf(u"url(", 0, Qt::CaseInsensitive);
    if (url >= 0) {
        const QString rest = value.mid(url + 4).trimmed();
        if (!(rest.startsWith(u'#') || rest.startsWith(u"'#") || rest.startsWith(u"\"#")))
            return false;
    }
    return true;
}
} // namespace

std::optional<QByteArray> SvgSanitizer::sanitize(const QByteArray &svg, QString *error, int *errorLine)
{
    QXmlStreamReader reader(svg);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int skipDepth = 0;
    bool inStyle = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (skipDepth > 0) {
            if (reader.isStartElement())
                ++skipDepth;
            else if (reader.isEndElement())
                --skipDepth;
            continue;
        }
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument();
            break;
        case QXmlStreamReader::StartElement: {
            if (isDroppedElement(reader.name())) {
                skipDepth = 1;
                break;
            }
            // Declarations made before writeStartElement() apply to that element, so the SVG
            // namespace stays the default one and elements keep their plain names (<svg>, not <n1:svg>).
            for (const QXmlStreamNamespaceDeclaration &ns : reader.namespaceDeclarations()) {
                if (ns.prefix().isEmpty())
                    writer.writeDefaultNamespace(ns.namespaceUri().toString());
                else
                    writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            }
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            for (const QXmlStreamAttribute &attr : reader.attributes()) {
                if (isSafeAttribute(attr))
                    writer.writeAttribute(attr);
            }
            inStyle = reader.name() == u"style";
            break;
        }
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            inStyle = false;
            break;
        case QXmlStreamReader::Characters: {
            QString text = reader.text().toString();
            // A stylesheet may not import or reference anything outside the document.
            if (inStyle && (text.contains(u"@import", Qt::CaseInsensitive) || text.contains(u"url(", Qt::CaseInsensitive)))
                text.clear();
            if (reader.isCDATA())
                writer.writeCDATA(text);
            else
                writer.writeCharacters(text);
            break;
        }
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        *errorLine = int(reader.lineNumber());
        return std::nullopt;
    }
    writer.writeEndDocument();
    return out;
}

} // namespace Ss::Packer
