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

QString interfaceLanguage()
{
    // Translators: the ISO 639-1 code of the language you translate into ("de", "fr").
    const QString code = QCoreApplication::translate("privaudit::Translations", "en", "language code");
    return availableLanguages().contains(code) ? code : QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString lang = QLocale::languageToCode(locale.language());
    // Numbers follow the interface language, one convention per language: "0.5377" and "0.1 %" in
    // English whatever the system's region, "0,5377" and "0,1 %" in German and French; no group
    // separators, so that a count reads the same in a table and in a sentence.
    auto useNumbersOf = [](QLocale numbers) {
        numbers.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
        QLocale::setDefault(numbers);
    };
    if (lang == QLatin1String("en") || !availableLanguages().contains(lang)) {
        useNumbersOf(QLocale::c());
        return QStringLiteral("en");
    }

    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/privaudit_%1.qm").arg(lang))) {
        delete own;
        useNumbersOf(QLocale::c());
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    useNumbersOf(QLocale(lang));

    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace privaudit
