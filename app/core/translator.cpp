// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Ss::Core {

const QStringList &Translator::languages()
{
    static const QStringList langs{QStringLiteral("ko"), QStringLiteral("en")};
    return langs;
}

QString Translator::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

bool Translator::setLanguage(const QString &lang)
{
    if (!languages().contains(lang))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/seoulsolution_") + lang))
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_language = lang;
    QLocale::setDefault(QLocale(lang == u"ko" ? QLocale::Korean : QLocale::English,
                                lang == u"ko" ? QLocale::SouthKorea : QLocale::UnitedStates));
    return true;
}

} // namespace Ss::Core
