#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace privaudit {

/// Languages PrivAudit ships translations for (ISO 639-1), English first.
QStringList availableLanguages();

/// Installs PrivAudit's (and, where present, Qt's own) translator for @p language ("de", "fr", ...) on
/// @p app. An empty language follows the system locale. English, or a language without a translation,
/// installs nothing. Returns the language actually installed ("en" when none).
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace privaudit
