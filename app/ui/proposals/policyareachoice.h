// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QString>

namespace Ss::Ui {

//! One entry of the form's policy-area list: the protocol's key ("transportation") and its label in the UI language.
struct PolicyAreaChoice
{
    QString key;
    QString label;

    friend bool operator==(const PolicyAreaChoice &, const PolicyAreaChoice &) = default;
};

} // namespace Ss::Ui
