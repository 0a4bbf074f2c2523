#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace privaudit::governance {

/// The SPDX licence list shipped with the app (Debian's php-composer-spdx-licenses, embedded at build
/// time) and SPDX licence expressions checked against it (SPDX 3.0 annex "SPDX License Expressions":
/// identifiers matched case-insensitively, `+`, `WITH` an exception, `AND` over `OR`, parentheses,
/// `LicenseRef-` and `DocumentRef-...:LicenseRef-` for licences outside the list). Thread-safe.
class SpdxLicences
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::SpdxLicences)

public:
    struct Check
    {
        bool valid = false;
        QString canonical;       ///< the expression with the list's spelling of every identifier
        QString error;           ///< translated, naming the token that is wrong
        QStringList licences;    ///< identifiers from the list that the expression names
        QStringList deprecated;  ///< of those, the ones the list marks deprecated
        bool licenceRef = false; ///< names a LicenseRef (a licence outside the list)
    };

    /// Where the list comes from: the Debian package and its version.
    static QString listVersion();
    static int licenceCount();
    /// The list's spelling of @p id ("cc-by-4.0" -> "CC-BY-4.0"), empty when it is not a listed licence.
    static QString canonical(const QString& id);
    static QString name(const QString& id);
    static bool osiApproved(const QString& id);
    static Check checkExpression(const QString& expression);
};

} // namespace privaudit::governance
