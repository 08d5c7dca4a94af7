using Dapper;
using JapanUsRelations.Ingestion.Identity;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// Edition ids handed out before that now belong to another edition id (table <c>edition_alias</c>, migration 006,
/// written by <see cref="EditionIdHistory"/>): edition pages answer 301 from the old id.
/// </summary>
public sealed class EditionAliases
{
    private readonly IReadOnlyDictionary<string, string> _aliases;

    private EditionAliases(IReadOnlyList<EditionAlias> aliases)
    {
        All = aliases;
        _aliases = aliases.ToDictionary(a => a.OldId, a => a.EditionId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every alias, by old id.</summary>
    public IReadOnlyList<EditionAlias> All { get; }

    /// <summary>The edition id an old id now points to, or null.</summary>
    public string? EditionIdFor(string oldId) => _aliases.GetValueOrDefault(oldId);

    /// <summary>Reads every alias (none before migration 006).</summary>
    public static EditionAliases Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return Load(connection);
    }

    /// <summary>Reads every alias through an open connection (a served snapshot's).</summary>
    public static EditionAliases Load(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!EditionReader.HasTable(connection, "edition_alias"))
        {
            return new EditionAliases([]);
        }

        return new EditionAliases(connection.Query<EditionAlias>("SELECT old_slug AS OldId, edition_slug AS EditionId FROM edition_alias ORDER BY old_slug").ToList());
    }
}
