#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace privaudit {

/// Languages PrivAudit ships translations for (ISO 639-1), English first.
QStringList availableLanguages();

/// The language of the installed PrivAudit translation ("en" when none): what content that is not in the
/// .qm files (the rule packs) is shown in. Read from the translation itself, so it follows whatever
/// translator is installed.
QString interfaceLanguage();

/// Installs PrivAudit's (and, where present, Qt's own) translator for @p language ("de", "fr", ...) on
/// @p app. An empty language follows the system locale. English, or a language without a translation,
/// installs nothing. Returns the language actually installed ("en" when none).
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace privaudit
