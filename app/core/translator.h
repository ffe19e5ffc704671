// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Ss::Core {

/*! \brief Installs the app's catalog (":/i18n/seoulsolution_<lang>.qm") and Qt's own for a
 * language, and swaps them at runtime. Installing sends QEvent::LanguageChange to every widget. */
class Translator final
{
public:
    static const QStringList &languages(); // "ko", "en"
    //! "ko" when the system locale is Korean, else "en".
    static QString systemLanguage();

    bool setLanguage(const QString &lang);
    QString language() const { return m_language; }

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Ss::Core
