#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace privaudit {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString lang = QLocale::languageToCode(locale.language());
    if (lang == QLatin1String("en") || !availableLanguages().contains(lang)) return QStringLiteral("en");

    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/privaudit_%1.qm").arg(lang))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    QLocale::setDefault(QLocale(lang));

    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace privaudit
