// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Ss::Packer {

/*! \brief Rewrites an SVG file without anything that could run or reach out.
 *
 * Removes <script>, <foreignObject>, animation elements that can change links, event attributes
 * (on*), and every href that is not a same-document reference (#id). Uses QXmlStreamReader,
 * which does not fetch external entities. */
class SvgSanitizer final
{
public:
    //! The clean SVG, or nullopt with \a error set when the file is not well-formed XML.
    static std::optional<QByteArray> sanitize(const QByteArray &svg, QString *error, int *errorLine);
};

} // namespace Ss::Packer
