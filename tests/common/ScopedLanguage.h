#pragma once

// Switches the running test to a PrivAudit translation (the real .qm embedded in privaudit_core) and
// that language's number format, and back to English when it goes out of scope.

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <QtTest>

namespace privaudit::testing {

class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language)
    {
        if (!m_translator.load(QStringLiteral(":/i18n/privaudit_%1.qm").arg(language)))
            qFatal("no translation %s", qPrintable(language));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~ScopedLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_before);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QTranslator m_translator;
    QLocale m_before;
};

} // namespace privaudit::testing
