using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// One INSERT statement of the store, prepared once per database connection as a raw SQLite statement and run for
/// every row: each value is bound by its parameter's index (resolved once, when the statement is prepared), then the
/// statement is stepped and reset. Microsoft.Data.Sqlite would look every parameter up by name and allocate a binder
/// per value on every execution, which was a third of the store's time with 150,000 fact rows. Values are given in
/// the order their parameters first appear in the SQL (SQLite numbers named parameters that way); every value is
/// stored as Microsoft.Data.Sqlite stores it (long, int, bool as INTEGER, double as REAL, string as UTF-8 TEXT,
/// byte[] as BLOB, null as NULL; any other type converted by Microsoft.Data.Sqlite itself), and an error is a
/// <see cref="SqliteException"/> with SQLite's message, as Microsoft.Data.Sqlite raises it.
/// </summary>
public sealed class PreparedInsert
{
    // The statements of each connection, until Release or until the connection closes, whichever comes first.
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, PreparedInsert>> ByConnection = [];

    private readonly SqliteConnection _connection;
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameterCount;
    private byte[] _text = new byte[256];
    private SqliteCommand? _converter;
    private SqliteTransaction? _transaction;
    private bool _released;

    private PreparedInsert(SqliteConnection connection, string sql)
    {
        _connection = connection;
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        int rc = raw.sqlite3_prepare_v2(_database, sql, out _statement, out string tail);
        if (rc != raw.SQLITE_OK || _statement is null)
        {
            _statement?.Dispose();
            Throw(rc, _database);
        }

        if (!string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new ArgumentException($"one statement was expected; this follows it: {tail.Trim()}", nameof(sql));
        }

        _parameterCount = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>The statement for <paramref name="sql"/> on <paramref name="connection"/>, prepared the first time it is asked for.</summary>
    public static PreparedInsert For(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(sql);
        var statements = ByConnection.GetValue(connection, Track);
        lock (statements)
        {
            if (!statements.TryGetValue(sql, out var statement))
            {
                statement = new PreparedInsert(connection, sql);
                statements[sql] = statement;
            }

            return statement;
        }
    }

    /// <summary>Finalises every statement prepared on <paramref name="connection"/> (also done when it closes, so no statement outlives it).</summary>
    public static void Release(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (ByConnection.TryGetValue(connection, out var statements))
        {
            lock (statements)
            {
                foreach (var statement in statements.Values)
                {
                    statement.Finalise();
                }

                // The empty table stays with the connection (its StateChange handler is added once): a reopened
                // connection prepares anew.
                statements.Clear();
            }
        }
    }

    /// <summary>Inserts one row (values in the order of their parameters in the SQL); returns the rows changed.</summary>
    public int Run(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        try
        {
            while (Step() == raw.SQLITE_ROW)
            {
            }

            return raw.sqlite3_stmt_readonly(_statement) != 0 ? 0 : raw.sqlite3_changes(_database);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Inserts one row and returns the first column of what the statement returns (<c>RETURNING id</c>).</summary>
    public long RunReturningId(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        try
        {
            if (Step() != raw.SQLITE_ROW || raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL)
            {
                throw new InvalidOperationException("the statement returned no id");
            }

            long id = raw.sqlite3_column_int64(_statement, 0);
            while (Step() == raw.SQLITE_ROW)
            {
            }

            return id;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    // The connection closing (Close or Dispose) finalises its statements: a statement left open would keep the closed
    // database alive, and a reopened connection is another database handle.
    private static Dictionary<string, PreparedInsert> Track(SqliteConnection connection)
    {
        connection.StateChange += (sender, e) =>
        {
            if (e.CurrentState == System.Data.ConnectionState.Closed && sender is SqliteConnection closed)
            {
                Release(closed);
            }
        };
        return new Dictionary<string, PreparedInsert>(StringComparer.Ordinal);
    }

    // Microsoft.Data.Sqlite's own exception: "SQLite Error 19: 'UNIQUE constraint failed: …'", with both codes.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Throw(int rc, sqlite3 database)
    {
        SqliteException.ThrowExceptionForRC(rc, database);
        throw new SqliteException($"SQLite Error {rc}", rc);
    }

    private void Finalise()
    {
        _released = true;
        _statement.Dispose();
        _converter?.Dispose();
    }

    // One step, waiting out SQLITE_BUSY and SQLITE_LOCKED for the connection's default timeout as Microsoft.Data.Sqlite
    // does; any other failure raises SQLite's error.
    private int Step()
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            int rc = raw.sqlite3_step(_statement);
            if (rc is raw.SQLITE_ROW or raw.SQLITE_DONE)
            {
                return rc;
            }

            int primary = rc & 0xFF;
            bool busy = primary is raw.SQLITE_BUSY or raw.SQLITE_LOCKED;
            if (!busy || (_connection.DefaultTimeout != 0 && System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds >= _connection.DefaultTimeout))
            {
                Throw(rc, _database);
            }

            raw.sqlite3_reset(_statement);
            Thread.Sleep(150);
        }
    }

    private void Bind(SqliteTransaction transaction, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_released, this);
        if (!ReferenceEquals(transaction.Connection, _connection))
        {
            throw new InvalidOperationException("the transaction is not the connection's current one (completed, or of another connection)");
        }

        if (values.Length != _parameterCount)
        {
            throw new ArgumentException($"the statement has {_parameterCount} parameters, {values.Length} values were given", nameof(values));
        }

        _transaction = transaction;

        for (int i = 0; i < values.Length; i++)
        {
            int rc = BindValue(i + 1, values[i]);
            if (rc != raw.SQLITE_OK)
            {
                Throw(rc, _database);
            }
        }
    }

    private int BindValue(int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, index),
        string text => BindText(index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        double number when double.IsNaN(number) => throw new InvalidOperationException("Cannot store 'NaN' values."),
        double number => raw.sqlite3_bind_double(_statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => BindConverted(index, value),
    };

    // UTF-8 (a lone surrogate becoming U+FFFD, as Encoding.UTF8 writes it for Microsoft.Data.Sqlite), with its length,
    // so an embedded NUL is kept; SQLite copies the bytes (SQLITE_TRANSIENT), so the buffer is reused.
    private int BindText(int index, string text)
    {
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _text.Length)
        {
            _text = new byte[Math.Max(most, _text.Length * 2)];
        }

        int length = Encoding.UTF8.GetBytes(text, _text);
        return raw.sqlite3_bind_text(_statement, index, _text.AsSpan(0, length));
    }

    // Any other type (decimal, DateOnly, DateTime, an enum, Guid, char…): Microsoft.Data.Sqlite converts it, exactly as
    // it would have stored it, and the stored form (INTEGER, REAL, TEXT or BLOB) is bound; a type it cannot store
    // raises its own error.
    private int BindConverted(int index, object value)
    {
        if (_converter is null)
        {
            _converter = _connection.CreateCommand();
            _converter.CommandText = "SELECT @value";
            _converter.Parameters.Add(new SqliteParameter { ParameterName = "@value" });
        }

        _converter.Transaction = _transaction;
        _converter.Parameters[0].Value = value;
        return _converter.ExecuteScalar() switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            double number => raw.sqlite3_bind_double(_statement, index, number),
            string text => BindText(index, text),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
            var other => throw new InvalidOperationException($"SQLite returned a {other.GetType().Name}"),
        };
    }
}
