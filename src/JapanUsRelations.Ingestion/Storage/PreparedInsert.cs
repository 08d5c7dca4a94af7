using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// One INSERT statement of the store, prepared once per database connection and run for every row: its parameters
/// are created once and only their values change, so a row costs one bind per column and one step (Dapper would
/// build the command, look each parameter up by three prefixed names and re-read the anonymous row per row, which was
/// most of the store's time with 150,000 fact rows). Values are given in the order their parameters first appear in
/// the SQL; null is stored as NULL.
/// </summary>
public sealed partial class PreparedInsert
{
    // The statements of each connection, until Release (DatabaseBuilder releases them before it closes the connection).
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, PreparedInsert>> ByConnection = [];

    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The SQL is a constant of the writer that asks for it; values are always parameters.")]
    private PreparedInsert(SqliteConnection connection, string sql)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = [.. Parameter().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal).Select(name => _command.Parameters.Add(new SqliteParameter { ParameterName = name }))];
    }

    /// <summary>The statement for <paramref name="sql"/> on <paramref name="connection"/>, prepared the first time it is asked for.</summary>
    public static PreparedInsert For(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(sql);
        var statements = ByConnection.GetValue(connection, _ => new Dictionary<string, PreparedInsert>(StringComparer.Ordinal));
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

    /// <summary>Finalises every statement prepared on <paramref name="connection"/> (before it closes, so no statement outlives it).</summary>
    public static void Release(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (ByConnection.TryGetValue(connection, out var statements))
        {
            lock (statements)
            {
                foreach (var statement in statements.Values)
                {
                    statement._command.Dispose();
                }

                statements.Clear();
            }

            ByConnection.Remove(connection);
        }
    }

    /// <summary>Inserts one row (values in the order of their parameters in the SQL); returns the rows changed.</summary>
    public int Run(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Inserts one row and returns the first column of what the statement returns (<c>RETURNING id</c>).</summary>
    public long RunReturningId(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        return (long)_command.ExecuteScalar()!;
    }

    private void Bind(SqliteTransaction transaction, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"the statement has {_parameters.Length} parameters, {values.Length} values were given", nameof(values));
        }

        _command.Transaction = transaction;
        for (int i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    // @name, $name or :name, outside nothing else: the store's SQL has no string literals holding those characters.
    [GeneratedRegex(@"[@$:][A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Parameter();
}
