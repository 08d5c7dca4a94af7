using Dapper;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>Opens connections to an editions database with foreign keys on.</summary>
public static class Database
{
    /// <summary>Opens a connection; read-only connections are used by the web app.</summary>
    public static SqliteConnection Open(string path, bool readOnly = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = readOnly,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }

    /// <summary>The fingerprint of the seeds a usable database was built from, or null (missing, corrupt, newer schema).</summary>
    public static string? StoredFingerprint(string path) => DatabaseState.Inspect(path).Fingerprint;
}
