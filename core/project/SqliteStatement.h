#pragma once

// Private to core/project: a thin RAII layer over the SQLite C API. Not part of the public interface.

#include <cstdint>
#include <cstring>
#include <QByteArray>
#include <QString>
#include <sqlite3.h>

namespace privaudit::project::detail {

/// A prepared statement; binds are 1-based as in SQLite. step() returns SQLITE_ROW, SQLITE_DONE or an
/// error code; the connection's message explains errors.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql) : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    [[nodiscard]] bool prepared() const { return m_rc == SQLITE_OK && m_stmt != nullptr; }

    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, int v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, const QString& v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindText(int i, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    /// Binds without copying: @p data must outlive step().
    void bindBlob(int i, const void* data, std::size_t size)
    {
        sqlite3_bind_blob64(m_stmt, i, data, sqlite3_uint64(size), SQLITE_STATIC);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    /// The index of the result column called @p name (its name or AS alias); a name the query does not
    /// select is a programming error (asserted; reads then return null values).
    [[nodiscard]] int column(const char* name) const
    {
        const int n = sqlite3_column_count(m_stmt);
        for (int i = 0; i < n; ++i)
            if (const char* c = sqlite3_column_name(m_stmt, i); c && std::strcmp(c, name) == 0) return i;
        Q_ASSERT_X(false, "Statement::column", name);
        return n; // out of range: sqlite3_column_type() gives SQLITE_NULL
    }
    // Reads by column name: a reader stays right when a query's column list changes.
    [[nodiscard]] std::int64_t integer(const char* name) const { return integer(column(name)); }
    [[nodiscard]] double real(const char* name) const { return real(column(name)); }
    [[nodiscard]] QString text(const char* name) const { return text(column(name)); }
    [[nodiscard]] QByteArray rawText(const char* name) const { return rawText(column(name)); }
    [[nodiscard]] QByteArray blob(const char* name) const { return blob(column(name)); }

    [[nodiscard]] std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    [[nodiscard]] double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    [[nodiscard]] bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    [[nodiscard]] QString text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    [[nodiscard]] QByteArray rawText(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }
    [[nodiscard]] QByteArray blob(int col) const
    {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace privaudit::project::detail
