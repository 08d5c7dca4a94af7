using Dapper;
using JapanUsRelations.Ingestion.Identity;
using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Store;

/// <summary>
/// Edition ids handed out before that now belong to another edition id (table <c>edition_alias</c>, migration 006,
/// written by <see cref="EditionIdHistory"/>): edition pages answer 301 from the old id. Each look-up is one query by
/// the table's primary key (only an id no edition has is looked up).
/// </summary>
public sealed class EditionAliases
{
    [StoreQuery]
    internal const string EditionIdSql = "SELECT edition_slug FROM edition_alias WHERE old_slug = @old";

    /// <summary>Every alias: for tools and tests, no page runs it.</summary>
    [StoreQuery]
    internal const string AllSql = "SELECT old_slug AS OldId, edition_slug AS EditionId FROM edition_alias ORDER BY old_slug";

    private readonly string? _databasePath;

    private EditionAliases(string? databasePath) => _databasePath = databasePath;

    /// <summary>Every alias, by old id (read when asked).</summary>
    public IReadOnlyList<EditionAlias> All
    {
        get
        {
            if (_databasePath is null)
            {
                return [];
            }

            using var connection = Database.Open(_databasePath);
            return connection.Query<EditionAlias>(AllSql).ToList();
        }
    }

    /// <summary>The edition id an old id now points to (any case), or null.</summary>
    public string? EditionIdFor(string oldId)
    {
        if (_databasePath is null)
        {
            return null;
        }

        using var connection = Database.Open(_databasePath);
        return connection.QueryFirstOrDefault<string?>(EditionIdSql, new { old = oldId });
    }

    /// <summary>The aliases of a database (none before migration 006).</summary>
    public static EditionAliases Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return new EditionAliases(EditionReader.HasTable(connection, "edition_alias") ? databasePath : null);
    }
}
