using Dapper;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// Old section slugs of the served database (table <c>slug_alias</c>, migration 005, written by
/// <see cref="SlugHistory"/>): pages answer 301 from an old slug to the section that now holds its text.
/// </summary>
public sealed class SlugAliases
{
    private readonly IReadOnlyDictionary<(string EditionId, string OldSlug), string> _aliases;

    private SlugAliases(IReadOnlyDictionary<(string, string), string> aliases) => _aliases = aliases;

    /// <summary>The current slug for an old one, or null when <paramref name="slug"/> was never renamed.</summary>
    public string? NewSlug(string editionId, string slug) => _aliases.GetValueOrDefault((editionId, slug));

    /// <summary>Reads every alias (none before migration 005).</summary>
    public static SlugAliases Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return Load(connection);
    }

    /// <summary>Reads every alias through an open connection (a served snapshot's).</summary>
    public static SlugAliases Load(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!EditionReader.HasTable(connection, "slug_alias"))
        {
            return new SlugAliases(new Dictionary<(string, string), string>());
        }

        return new SlugAliases(connection.Query<(string Edition, string Old, string New)>("SELECT edition_slug, old_slug, new_slug FROM slug_alias")
            .ToDictionary(a => (a.Edition, a.Old), a => a.New));
    }
}
