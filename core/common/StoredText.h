#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

namespace privaudit {

/// A sentence stored without its language: the translation context, the English source and the
/// arguments. text() renders it in the interface language at display time, with numbers in the reader's
/// convention, so that a suggestion made in an English session reads in German in a German one.
/// Mark the source for lupdate with QT_TRANSLATE_NOOP(context, source) where it is written.
class StoredText
{
public:
    StoredText() = default;
    StoredText(const char* context, const char* source);
    /// Text that has no translation (a user's words, or a sentence stored before this format).
    static StoredText literal(const QString& text);

    StoredText& arg(const QString& value); ///< verbatim (names, identifiers)
    StoredText& arg(qint64 value);         ///< an integer, without group separators (run ids, levels)
    /// A decimal in the reader's convention, with @p decimals places (negative: the shortest exact form).
    StoredText& arg(double value, int decimals);
    StoredText& arg(const StoredText& value); ///< a nested translatable text (an attack's title)

    /// In the interface language (QCoreApplication's translators, QLocale()'s number format).
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isEmpty() const { return m_source.isEmpty(); }

    /// {"context", "source", "args"}; a literal is stored as a plain string.
    [[nodiscard]] QJsonValue toJson() const;
    /// Reads toJson()'s form; a plain string (older projects) becomes a literal.
    static StoredText fromJson(const QJsonValue& value);

    friend bool operator==(const StoredText&, const StoredText&) = default;

private:
    struct Decimal
    {
        double value = 0;
        int decimals = 0;
        friend bool operator==(const Decimal&, const Decimal&) = default;
    };
    using Arg = std::variant<QString, qint64, Decimal, std::vector<StoredText>>; // nested: one element

    QString m_context; ///< empty for a literal
    QString m_source;
    std::vector<Arg> m_args;
};

/// Replaces %1 .. %99 in @p pattern with @p args in one pass, by number (a translation may reorder
/// them), so that an argument that itself contains "%2" (a user's name) stays as it is. A placeholder
/// without an argument stays in the text.
QString fillPlaceholders(const QString& pattern, const QStringList& args);

/// Renders a list of stored texts in the interface language.
QStringList texts(const std::vector<StoredText>& list);

} // namespace privaudit
