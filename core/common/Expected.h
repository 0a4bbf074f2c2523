#pragma once

#include <optional>
#include <QString>
#include <utility>

namespace privaudit {

/// A value or a translated error message: core returns these, the UI and CLI decide how to show them.
template <typename T> class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    static Expected failure(QString message)
    {
        Expected e;
        e.m_error = std::move(message);
        return e;
    }

    [[nodiscard]] bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    [[nodiscard]] const T& value() const& { return *m_value; }
    [[nodiscard]] T& value() & { return *m_value; }
    [[nodiscard]] T&& value() && { return std::move(*m_value); }
    [[nodiscard]] const T& operator*() const& { return *m_value; }
    [[nodiscard]] const T* operator->() const { return &*m_value; }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace privaudit
