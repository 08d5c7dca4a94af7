using Dapper;
using JapanUsRelations.Ingestion.Identity;

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

    private readonly SnapshotConnections? _connections;

    private EditionAliases(SnapshotConnections? connections) => _connections = connections;

    /// <summary>Every alias, by old id (read when asked).</summary>
    public IReadOnlyList<EditionAlias> All
    {
        get
        {
            if (_connections is null)
            {
                return [];
            }

            using var lease = _connections.Rent();
            return lease.Connection.Query<EditionAlias>(AllSql).ToList();
        }
    }

    /// <summary>The edition id an old id now points to (any case), or null.</summary>
    public string? EditionIdFor(string oldId)
    {
        if (_connections is null)
        {
            return null;
        }

        using var lease = _connections.Rent();
        return lease.Connection.QueryFirstOrDefault<string?>(EditionIdSql, new { old = oldId });
    }

    /// <summary>The aliases of a database (none before migration 006).</summary>
    public static EditionAliases Load(SnapshotConnections connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        using var lease = connections.Rent();
        return new EditionAliases(EditionReader.HasTable(lease.Connection, "edition_alias") ? connections : null);
    }
}
