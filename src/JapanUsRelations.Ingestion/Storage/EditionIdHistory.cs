using Dapper;
using JapanUsRelations.Ingestion.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// Reads which edition held which id in the database about to be replaced, and its edition aliases, so that
/// <see cref="EditionIdentity"/> keeps every id handed out; writes the new aliases (table <c>edition_alias</c>,
/// migration 006).
/// </summary>
public static class EditionIdHistory
{
    /// <summary>The editions and aliases of the served database; none when it is missing or unreadable.</summary>
    public static (IReadOnlyList<PreviousEdition> Editions, IReadOnlyList<EditionAlias> Aliases) Read(string databasePath, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(logger);
        if (!File.Exists(databasePath))
        {
            return ([], []);
        }

        try
        {
            using var connection = Database.Open(databasePath);
            var editions = connection.Query<PreviousEdition>(
                "SELECT slug AS Id, source_file AS SourceFile, source_sha256 AS SourceSha256 FROM edition ORDER BY slug").ToList();
            bool hasAliases = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'edition_alias'") > 0;
            var aliases = hasAliases
                ? connection.Query<EditionAlias>("SELECT old_slug AS OldId, edition_slug AS EditionId FROM edition_alias ORDER BY old_slug").ToList()
                : [];
            return (editions, aliases);
        }
        catch (SqliteException e)
        {
            logger.LogWarning(e, "Previous database {DatabasePath} is unreadable; edition ids start afresh", databasePath);
            return ([], []);
        }
    }

    /// <summary>Stores the aliases in the new database.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<EditionAlias> aliases)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(aliases);
        connection.Execute(
            "INSERT INTO edition_alias (old_slug, edition_slug) VALUES (@OldId, @EditionId)",
            aliases,
            transaction);
    }
}
