// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Ss::Core {

/*! \brief A prepared SQLite statement, finalized on destruction.
 *
 * Binding indexes are 1-based, column indexes 0-based, as in SQLite's C API. Errors are kept in
 * errorString(); step() returns false both at the end of the rows and on error (check isError()). */
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    bool isError() const { return m_isError; }
    QString errorString() const { return m_error; }

    void bind(int index, const QString &value);
    void bind(int index, QByteArrayView utf8);
    void bindBlob(int index, const QByteArray &value);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    void bindVariant(int index, const QVariant &value);

    //! Advances to the next row. Returns true while a row is available.
    bool step();
    //! Runs a statement that returns no rows. Returns false on error.
    bool exec();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;

private:
    void setError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_isError = false;
    QString m_error;
};

} // namespace Ss::Core
