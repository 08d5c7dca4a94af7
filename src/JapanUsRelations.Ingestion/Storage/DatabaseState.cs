using Dapper;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// What is at a database path before the site serves it: nothing, a usable database (with the fingerprint of the
/// seeds it was built from), a corrupt file, a database written by a newer version of this program (a migration
/// this build does not know), or a folder. Only a usable database is served; a missing, corrupt or newer one is
/// rebuilt from the seeds, and a folder is an error.
/// </summary>
/// <param name="Condition">What was found.</param>
/// <param name="Fingerprint">The stored seed fingerprint of a usable database, else null.</param>
/// <param name="Detail">Why it is not usable, for the log; empty when usable.</param>
public sealed record DatabaseState(DatabaseCondition Condition, string? Fingerprint, string Detail)
{
    /// <summary>Inspects a path without changing it (opens read-only).</summary>
    public static DatabaseState Inspect(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return new(DatabaseCondition.Folder, null, "the database path is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            return new(DatabaseCondition.Missing, null, "there is no database yet");
        }

        try
        {
            using var connection = Database.Open(path);
            string check = connection.ExecuteScalar<string>("PRAGMA quick_check") ?? "no answer";
            if (!string.Equals(check, "ok", StringComparison.Ordinal))
            {
                return new(DatabaseCondition.Corrupt, null, $"SQLite's integrity check failed: {check}");
            }

            var applied = connection.Query<string>("SELECT name FROM schema_migration").ToList();
            var unknown = applied.Except(Migrator.Names, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                return new(DatabaseCondition.NewerSchema, null, $"it was written by a newer version (migrations this version does not know: {string.Join(", ", unknown)})");
            }

            string? fingerprint = connection.QueryFirstOrDefault<string>("SELECT seeds_fingerprint FROM ingestion LIMIT 1");
            return fingerprint is null
                ? new(DatabaseCondition.Corrupt, null, "it records no finished ingestion")
                : new(DatabaseCondition.Usable, fingerprint, "");
        }
        catch (SqliteException e)
        {
            return new(DatabaseCondition.Corrupt, null, $"SQLite cannot read it ({e.Message})");
        }
    }
}
