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
    /// <summary>
    /// Identifies one build of the database: a hash of its seeds fingerprint and the moment it was ingested (two
    /// builds from the same seeds differ); null when the file is missing or unreadable.
    /// </summary>
    public static string? BuildIdentity(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = Open(path);
            return BuildIdentity(connection);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>The build identity of the database an open connection reads; null when it has no ingestion record.</summary>
    public static string? BuildIdentity(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var row = connection.QueryFirstOrDefault<(string Fingerprint, string IngestedAt)>("SELECT seeds_fingerprint, ingested_at FROM ingestion LIMIT 1");
        if (row.Fingerprint is null)
        {
            return null;
        }

        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.Fingerprint + "|" + row.IngestedAt));
        return Convert.ToHexStringLower(hash);
    }
}
