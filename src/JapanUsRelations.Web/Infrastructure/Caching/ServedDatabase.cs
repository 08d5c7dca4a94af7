using Dapper;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// The fingerprint of the database this process serves: its seeds fingerprint and ingestion time, read once (the
/// served data are loaded once, so the fingerprint must not move under them). Null until a database exists.
/// </summary>
public sealed class ServedDatabase
{
    private readonly string _path;
    private string? _fingerprint;

    /// <summary>Watches the configured database.</summary>
    public ServedDatabase(EditionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _path = options.DatabasePath;
    }

    /// <summary>The fingerprint, or null while there is no readable database yet.</summary>
    public string? Fingerprint => _fingerprint ??= Read(_path);

    /// <summary>A short form of <see cref="Fingerprint"/> for a response header (12 hex digits).</summary>
    public string? ShortFingerprint => Fingerprint is { } f ? f[..Math.Min(12, f.Length)] : null;

    private static string? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = Database.Open(path);
            var row = connection.QueryFirstOrDefault<(string Fingerprint, string IngestedAt)>(
                "SELECT seeds_fingerprint, ingested_at FROM ingestion LIMIT 1");
            if (row.Fingerprint is null)
            {
                return null;
            }

            byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.Fingerprint + "|" + row.IngestedAt));
            return Convert.ToHexStringLower(hash);
        }
        catch (SqliteException)
        {
            return null;
        }
    }
}
