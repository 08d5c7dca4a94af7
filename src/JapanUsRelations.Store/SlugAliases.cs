using Dapper;
using JapanUsRelations.Ingestion.Storage;

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

    private readonly string? _databasePath;

    private SlugAliases(string? databasePath) => _databasePath = databasePath;

    /// <summary>The current slug for an old one, or null when <paramref name="slug"/> was never renamed.</summary>
    public string? NewSlug(string editionId, string slug)
    {
        if (_databasePath is null)
        {
            return null;
        }

        using var connection = Database.Open(_databasePath);
        return connection.QueryFirstOrDefault<string?>(NewSlugSql, new { edition = editionId, slug });
    }

    /// <summary>The aliases of a database (none before migration 005).</summary>
    public static SlugAliases Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return new SlugAliases(EditionReader.HasTable(connection, "slug_alias") ? databasePath : null);
    }
}
