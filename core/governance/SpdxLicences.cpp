#include "governance/SpdxLicences.h"

#include "privaudit/Version.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace privaudit::governance {

namespace {

struct Entry
{
    QString id;
    QString name;
    bool osi = false;
    bool deprecated = false;
};

/// The embedded list, keyed by the lower-case identifier (SPDX identifiers match case-insensitively).
struct Lists
{
    QHash<QString, Entry> licences;
    QHash<QString, Entry> exceptions;
};

QHash<QString, Entry> readList(const QString& resource)
{
    QHash<QString, Entry> out;
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly)) return out;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray a = it.value().toArray();
        // [name, OSI approved, deprecated] for licences; [name] for exceptions.
        out.insert(it.key().toLower(),
                   Entry{it.key(), a.at(0).toString(), a.at(1).toBool(), a.at(2).toBool()});
    }
    return out;
}

const Lists& lists()
{
    static const Lists l{readList(QStringLiteral(":/spdx/spdx-licenses.json")),
                         readList(QStringLiteral(":/spdx/spdx-exceptions.json"))};
    return l;
}

const QRegularExpression& licenceRefPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(DocumentRef-[A-Za-z0-9.\\-]+:)?LicenseRef-[A-Za-z0-9.\\-]+$"));
    return re;
}

/// Recursive descent over the tokens: or := and (OR and)*; and := with (AND with)*;
/// with := simple (WITH exception)?; simple := ID | ID+ | LicenseRef | ( or ).
class Parser
{
public:
    explicit Parser(QStringList tokens) : m_tokens(std::move(tokens)) {}

    QString parse(SpdxLicences::Check& check)
    {
        m_check = &check;
        QString out;
        if (!orExpression(out)) return {};
        if (m_at < m_tokens.size()) {
            fail(SpdxLicences::tr("unexpected '%1'").arg(m_tokens[m_at]));
            return {};
        }
        return out;
    }

private:
    bool orExpression(QString& out)
    {
        if (!andExpression(out)) return false;
        while (peekOperator(QStringLiteral("OR"))) {
            ++m_at;
            QString right;
            if (!andExpression(right)) return false;
            out += QStringLiteral(" OR ") + right;
        }
        return true;
    }
    bool andExpression(QString& out)
    {
        if (!withExpression(out)) return false;
        while (peekOperator(QStringLiteral("AND"))) {
            ++m_at;
            QString right;
            if (!withExpression(right)) return false;
            out += QStringLiteral(" AND ") + right;
        }
        return true;
    }
    bool withExpression(QString& out)
    {
        if (!simple(out)) return false;
        if (peekOperator(QStringLiteral("WITH"))) {
            ++m_at;
            if (m_at >= m_tokens.size()) return fail(SpdxLicences::tr("an exception must follow WITH"));
            const QString token = m_tokens[m_at++];
            const auto it = lists().exceptions.constFind(token.toLower());
            if (it == lists().exceptions.constEnd())
                return fail(SpdxLicences::tr("'%1' is not an exception of the SPDX list").arg(token));
            out += QStringLiteral(" WITH ") + it->id;
        }
        return true;
    }
    bool simple(QString& out)
    {
        if (m_at >= m_tokens.size())
            return fail(SpdxLicences::tr("the expression ends where a licence is expected"));
        const QString token = m_tokens[m_at++];
        if (token == QLatin1String("(")) {
            QString inner;
            if (!orExpression(inner)) return false;
            if (m_at >= m_tokens.size() || m_tokens[m_at] != QLatin1String(")"))
                return fail(SpdxLicences::tr("a '(' is not closed"));
            ++m_at;
            out = QLatin1Char('(') + inner + QLatin1Char(')');
            return true;
        }
        for (const char* op : {"AND", "OR", "WITH"})
            if (token.compare(QLatin1String(op), Qt::CaseInsensitive) == 0)
                return fail(SpdxLicences::tr("'%1' where a licence is expected").arg(token));
        if (token == QLatin1String(")")) return fail(SpdxLicences::tr("unexpected ')'"));
        if (licenceRefPattern().match(token).hasMatch()) {
            m_check->licenceRef = true;
            out = token;
            return true;
        }
        const bool orLater = token.endsWith(QLatin1Char('+'));
        const QString id = orLater ? token.chopped(1) : token;
        const auto it = lists().licences.constFind(id.toLower());
        if (it == lists().licences.constEnd())
            return fail(
                SpdxLicences::tr("'%1' is not in the SPDX licence list shipped with PrivAudit (%2); write a "
                                 "licence outside the list as LicenseRef-name")
                    .arg(id, SpdxLicences::listVersion()));
        m_check->licences << it->id;
        if (it->deprecated) m_check->deprecated << it->id;
        out = it->id + (orLater ? QStringLiteral("+") : QString());
        return true;
    }
    bool peekOperator(const QString& op)
    {
        if (m_at >= m_tokens.size()) return false;
        if (m_tokens[m_at] == op) return true;
        if (m_tokens[m_at].compare(op, Qt::CaseInsensitive) == 0) {
            // Operators are case-sensitive in SPDX expressions: "and" is no operator, and no licence.
            fail(SpdxLicences::tr("write the operator '%1' in capitals").arg(op));
            return false;
        }
        return false;
    }
    bool fail(const QString& message)
    {
        if (m_check->error.isEmpty()) m_check->error = message;
        return false;
    }

    QStringList m_tokens;
    qsizetype m_at = 0;
    SpdxLicences::Check* m_check = nullptr;
};

} // namespace

QString SpdxLicences::listVersion()
{
    return QStringLiteral("php-composer-spdx-licenses %1").arg(QLatin1String(PRIVAUDIT_SPDX_LIST_VERSION));
}

int SpdxLicences::licenceCount()
{
    return int(lists().licences.size());
}

QString SpdxLicences::canonical(const QString& id)
{
    const auto it = lists().licences.constFind(id.trimmed().toLower());
    return it == lists().licences.constEnd() ? QString() : it->id;
}

QString SpdxLicences::name(const QString& id)
{
    const auto it = lists().licences.constFind(id.trimmed().toLower());
    return it == lists().licences.constEnd() ? QString() : it->name;
}

bool SpdxLicences::osiApproved(const QString& id)
{
    const auto it = lists().licences.constFind(id.trimmed().toLower());
    return it != lists().licences.constEnd() && it->osi;
}

SpdxLicences::Check SpdxLicences::checkExpression(const QString& expression)
{
    Check check;
    QString spaced = expression;
    spaced.replace(QLatin1Char('('), QStringLiteral(" ( ")).replace(QLatin1Char(')'), QStringLiteral(" ) "));
    const QStringList tokens = spaced.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (tokens.isEmpty()) {
        check.error = tr("no licence given");
        return check;
    }
    if (lists().licences.isEmpty()) {
        check.error = tr("the SPDX licence list is missing from this build");
        return check;
    }
    Parser parser(tokens);
    check.canonical = parser.parse(check);
    check.valid = check.error.isEmpty();
    if (!check.valid) check.canonical.clear();
    return check;
}

} // namespace privaudit::governance
