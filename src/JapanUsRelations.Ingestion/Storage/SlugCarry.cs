using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// <see cref="SlugHistory"/> one edition at a time, for a streamed ingestion: the database being replaced stays open
/// (read-only) while the new one is written, each new edition's old sections are read when it is added (by its id,
/// an indexed lookup, so no edition's text is held longer than its own turn), and <see cref="Aliases"/> gives the
/// aliases of every edition added. Missing or unreadable old database: no aliases.
/// </summary>
public sealed class SlugCarry : IDisposable
{
    private readonly ILogger _logger;
    private readonly string _path;
    private SqliteConnection? _connection;
    private readonly ILookup<string, SlugAlias> _earlier;
    private readonly Dictionary<(string, string), SlugAlias> _aliases = [];

    private SlugCarry(ILogger logger, string path, SqliteConnection? connection, ILookup<string, SlugAlias> earlier)
    {
        _logger = logger;
        _path = path;
        _connection = connection;
        _earlier = earlier;
    }

    /// <summary>Opens the database being replaced, at <paramref name="previousDatabasePath"/> (it may be missing).</summary>
    public static SlugCarry Open(string previousDatabasePath, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(previousDatabasePath);
        ArgumentNullException.ThrowIfNull(logger);
        var none = Array.Empty<SlugAlias>().ToLookup(a => a.EditionId, StringComparer.Ordinal);
        if (!File.Exists(previousDatabasePath))
        {
            return new SlugCarry(logger, previousDatabasePath, null, none);
        }

        SqliteConnection? connection = null;
        try
        {
            connection = Database.Open(previousDatabasePath);
            var earlier = SlugHistory.HasAliasTable(connection) ? SlugHistory.Load(connection) : [];
            return new SlugCarry(logger, previousDatabasePath, connection, earlier.ToLookup(a => a.EditionId, StringComparer.Ordinal));
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            logger.LogWarning(e, "Previous database {DatabasePath} is unreadable; no slug aliases carried forward", previousDatabasePath);
            return new SlugCarry(logger, previousDatabasePath, null, none);
        }
    }

    /// <summary>Finds the aliases <paramref name="edition"/> (with its final id) needs.</summary>
    public void Add(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (_connection is null)
        {
            return;
        }

        List<OldSection> sections;
        try
        {
            sections = OldSectionsOf(edition.Id);
        }
        catch (SqliteException e)
        {
            _logger.LogWarning(e, "Previous database {DatabasePath} is unreadable; no slug aliases carried forward", _path);
            _aliases.Clear();
            Dispose();
            return;
        }

        var current = edition.AllSections().ToList();
        var slugs = current.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var old in sections.Where(s => !slugs.Contains(s.Slug)))
        {
            if (SlugHistory.BestMatch(old, current) is { } match)
            {
                _aliases[(edition.Id, old.Slug)] = new SlugAlias(edition.Id, old.Slug, match.Slug);
            }
        }

        foreach (var alias in _earlier[edition.Id].Where(a => !slugs.Contains(a.OldSlug) && !_aliases.ContainsKey((edition.Id, a.OldSlug))))
        {
            string? target = slugs.Contains(alias.NewSlug) ? alias.NewSlug : _aliases.GetValueOrDefault((edition.Id, alias.NewSlug))?.NewSlug;
            if (target is not null)
            {
                _aliases[(edition.Id, alias.OldSlug)] = alias with { NewSlug = target };
            }
        }
    }

    // Read by hand: a column whose first value is NULL would make Dapper's record mapping expect bytes.
    private List<OldSection> OldSectionsOf(string editionId)
    {
        using var command = _connection!.CreateCommand();
        command.CommandText = """
            SELECT e.slug, s.slug, s.heading,
                   (SELECT b.text FROM block b WHERE b.section_id = s.id ORDER BY b.ordinal LIMIT 1),
                   (SELECT group_concat(b.text, char(10)) FROM block b WHERE b.section_id = s.id)
            FROM edition e JOIN section s ON s.edition_id = e.id
            WHERE e.slug = $editionId
            ORDER BY s.ordinal
            """;
        command.Parameters.AddWithValue("$editionId", editionId);
        using var reader = command.ExecuteReader();
        var sections = new List<OldSection>();
        while (reader.Read())
        {
            sections.Add(new OldSection(reader.GetString(0), reader.GetString(1), TextOrNull(reader, 2), TextOrNull(reader, 3), TextOrNull(reader, 4)));
        }

        return sections;
    }

    private static string? TextOrNull(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>The aliases of every edition added, logged, ordered by edition id then old slug.</summary>
    public IReadOnlyList<SlugAlias> Aliases()
    {
        foreach (var alias in _aliases.Values)
        {
            _logger.LogInformation("Section {EditionId}/{OldSlug} is now {NewSlug}: old links redirect", alias.EditionId, alias.OldSlug, alias.NewSlug);
        }

        return _aliases.Values.OrderBy(a => a.EditionId, StringComparer.Ordinal).ThenBy(a => a.OldSlug, StringComparer.Ordinal).ToList();
    }

    /// <summary>Closes the old database.</summary>
    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
