// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace Ss::SyncServer {

//! One part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name;                     //!< the form field name from Content-Disposition
    QHash<QByteArray, QByteArray> headers; //!< lowercase names
    QByteArray body;
};

/*! \brief A strict multipart/form-data parser (RFC 7578) for the proposal endpoint.
 *
 * Strict on purpose: a body that does not end with the closing delimiter (a truncated upload) is rejected. */
class MultipartParser final
{
public:
    //! The boundary parameter of a Content-Type header value, or nothing.
    static std::optional<QByteArray> boundary(const QByteArray &contentType);
    //! The parts of \a body, or nothing when it is malformed.
    static std::optional<QList<MultipartPart>> parse(const QByteArray &body, const QByteArray &boundary);
};

} // namespace Ss::SyncServer
