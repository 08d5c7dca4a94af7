using Dapper;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The tables of the served database, read once: a table a later migration adds is read only when it exists, so an
/// older database still loads.
/// </summary>
internal sealed class DatabaseSchema
{
    [StoreQuery]
    internal const string TablesSql = "SELECT name FROM sqlite_master WHERE type = 'table'";

    private readonly HashSet<string> _tables;

    private DatabaseSchema(IEnumerable<string> tables) => _tables = tables.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the table exists.</summary>
    public bool Has(string table) => _tables.Contains(table);

    /// <summary>Reads the table names.</summary>
    public static DatabaseSchema Read(SqliteConnection connection) => new(connection.Query<string>(TablesSql));
}
