using Dapper;

namespace JapanUsRelations.Store;

/// <summary>
/// Old section slugs of the served database (table <c>slug_alias</c>, migration 005, written by
/// <see cref="SlugHistory"/>): pages answer 301 from an old slug to the section that now holds its text. Each look-up
/// is one query by the table's primary key (only a slug no section has is looked up).
/// </summary>
public sealed class SlugAliases
{
    [StoreQuery]
    internal const string NewSlugSql = "SELECT new_slug FROM slug_alias WHERE edition_slug = @edition AND old_slug = @slug";

    private readonly SnapshotConnections? _connections;

    private SlugAliases(SnapshotConnections? connections) => _connections = connections;

    /// <summary>The current slug for an old one, or null when <paramref name="slug"/> was never renamed.</summary>
    public string? NewSlug(string editionId, string slug)
    {
        if (_connections is null)
        {
            return null;
        }

        using var lease = _connections.Rent();
        return lease.Connection.QueryFirstOrDefault<string?>(NewSlugSql, new { edition = editionId, slug });
    }

    /// <summary>The aliases of a database (none before migration 005).</summary>
    public static SlugAliases Load(SnapshotConnections connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        using var lease = connections.Rent();
        return new SlugAliases(EditionReader.HasTable(lease.Connection, "slug_alias") ? connections : null);
    }
}
