#include "common/StoredText.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace privaudit {

StoredText::StoredText(const char* context, const char* source)
    : m_context(QLatin1String(context)), m_source(QString::fromUtf8(source))
{
}

StoredText StoredText::literal(const QString& text)
{
    StoredText t;
    t.m_source = text;
    return t;
}

StoredText& StoredText::arg(const QString& value)
{
    m_args.emplace_back(value);
    return *this;
}

StoredText& StoredText::arg(qint64 value)
{
    m_args.emplace_back(value);
    return *this;
}

StoredText& StoredText::arg(double value, int decimals)
{
    m_args.emplace_back(Decimal{value, decimals});
    return *this;
}

StoredText& StoredText::arg(const StoredText& value)
{
    m_args.emplace_back(std::vector<StoredText>{value});
    return *this;
}

QString StoredText::text() const
{
    if (m_context.isEmpty()) return m_source;
    const QByteArray context = m_context.toUtf8();
    const QByteArray source = m_source.toUtf8();
    const QLocale locale;
    QStringList args;
    for (const Arg& a : m_args) {
        if (const auto* s = std::get_if<QString>(&a))
            args << *s;
        else if (const auto* i = std::get_if<qint64>(&a))
            args << QString::number(*i);
        else if (const auto* d = std::get_if<Decimal>(&a))
            args << (d->decimals < 0 ? locale.toString(d->value, 'g', QLocale::FloatingPointShortest)
                                     : locale.toString(d->value, 'f', d->decimals));
        else if (const auto* n = std::get_if<std::vector<StoredText>>(&a))
            args << (n->empty() ? QString() : n->front().text());
    }
    return fillPlaceholders(QCoreApplication::translate(context.constData(), source.constData()), args);
}

QString fillPlaceholders(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const auto digit = [&](qsizetype at) { return at < pattern.size() && pattern.at(at).isDigit(); };
        if (pattern.at(i) == QLatin1Char('%') && digit(i + 1) && pattern.at(i + 1) != QLatin1Char('0')) {
            // The longest number that names an argument: "%12" is the twelfth when there are twelve.
            const int one = pattern.at(i + 1).digitValue();
            const int two = digit(i + 2) ? one * 10 + pattern.at(i + 2).digitValue() : 0;
            if (two >= 1 && two <= args.size()) {
                out += args.at(two - 1);
                i += 2;
                continue;
            }
            if (one <= args.size()) {
                out += args.at(one - 1);
                i += 1;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}

QJsonValue StoredText::toJson() const
{
    if (m_context.isEmpty()) return m_source;
    QJsonArray args;
    for (const Arg& a : m_args) {
        if (const auto* s = std::get_if<QString>(&a))
            args.append(*s);
        else if (const auto* i = std::get_if<qint64>(&a))
            args.append(QJsonObject{{QStringLiteral("integer"), *i}});
        else if (const auto* d = std::get_if<Decimal>(&a))
            args.append(QJsonObject{{QStringLiteral("decimal"), d->value},
                                    {QStringLiteral("decimals"), d->decimals}});
        else if (const auto* n = std::get_if<std::vector<StoredText>>(&a); n && !n->empty())
            args.append(QJsonObject{{QStringLiteral("text"), n->front().toJson()}});
    }
    return QJsonObject{{QStringLiteral("context"), m_context},
                       {QStringLiteral("source"), m_source},
                       {QStringLiteral("args"), args}};
}

StoredText StoredText::fromJson(const QJsonValue& value)
{
    if (!value.isObject()) return literal(value.toString());
    const QJsonObject o = value.toObject();
    StoredText t;
    t.m_context = o.value(QStringLiteral("context")).toString();
    t.m_source = o.value(QStringLiteral("source")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("args")).toArray()) {
        const QJsonObject a = v.toObject();
        if (v.isString())
            t.arg(v.toString());
        else if (a.contains(QStringLiteral("integer")))
            t.arg(static_cast<qint64>(a.value(QStringLiteral("integer")).toDouble()));
        else if (a.contains(QStringLiteral("decimal")))
            t.arg(a.value(QStringLiteral("decimal")).toDouble(),
                  std::clamp(a.value(QStringLiteral("decimals")).toInt(), -1, 12));
        else if (a.contains(QStringLiteral("text")))
            t.arg(fromJson(a.value(QStringLiteral("text"))));
        else
            t.arg(QString()); // keeps the placeholders' numbering
    }
    return t;
}

QStringList texts(const std::vector<StoredText>& list)
{
    QStringList out;
    for (const StoredText& t : list)
        out << t.text();
    return out;
}

} // namespace privaudit
