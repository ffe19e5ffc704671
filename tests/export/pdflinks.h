// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The link annotations of a PDF page, read with qpdf (for the tests that link QPDF_TEST).
#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>

namespace ExportTest {

struct Link
{
    int page = -1; //!< internal target, 0-based; -1 not internal, -2 internal to no page of the file
    QString uri;   //!< external target
};

//! The link annotations of page \a pageIndex (0-based), in order.
inline QList<Link> links(const QString &path, int pageIndex)
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(path).constData());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::map<QPDFObjGen, int> index;
    for (size_t i = 0; i < pages.size(); ++i)
        index.emplace(pages[i].getObjectHandle().getObjGen(), int(i));
    QList<Link> out;
    QPDFObjectHandle annots = pages.at(size_t(pageIndex)).getObjectHandle().getKey("/Annots");
    if (!annots.isArray())
        return out;
    for (QPDFObjectHandle a : annots.aitems()) {
        Link l;
        QPDFObjectHandle dest = a.getKey("/Dest");
        if (dest.isArray()) {
            const auto it = index.find(dest.getArrayItem(0).getObjGen());
            l.page = it == index.end() ? -2 : it->second;
        } else if (a.getKey("/A").isDictionary()) {
            l.uri = QString::fromStdString(a.getKey("/A").getKey("/URI").getUTF8Value());
        }
        out.append(l);
    }
    return out;
}

} // namespace ExportTest
