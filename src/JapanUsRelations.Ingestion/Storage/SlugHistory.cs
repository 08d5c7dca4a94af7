using Dapper;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// Keeps section links working across ingestions. Before a new database replaces the served one,
/// <see cref="SlugCarry"/> reads the served one and, for every section slug of an edition that no longer exists, finds
/// the section of the new edition with the same text (same first paragraph, else the highest word overlap) and
/// records an alias to it. Aliases recorded by earlier ingestions are carried forward (re-pointed when their target
/// was renamed too, dropped when their old slug exists again).
/// </summary>
public static class SlugHistory
{
    /// <summary>Least word overlap (shared words / all words) for a section to count as the same text.</summary>
    public const double MinimumOverlap = 0.25;

    /// <summary>The aliases the new editions need, given the database they replace (missing or unreadable: none).</summary>
    public static IReadOnlyList<SlugAlias> Carry(string previousDatabasePath, IReadOnlyList<Edition> editions, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(editions);
        using var carry = SlugCarry.Open(previousDatabasePath, logger);
        foreach (var edition in editions)
        {
            carry.Add(edition);
        }

        return carry.Aliases();
    }

    /// <summary>Stores aliases in the new database (table <c>slug_alias</c>, migration 005).</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<SlugAlias> aliases)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(aliases);
        connection.Execute(
            "INSERT INTO slug_alias (edition_slug, old_slug, new_slug) VALUES (@EditionId, @OldSlug, @NewSlug)",
            aliases, transaction);
    }

    /// <summary>Every alias stored in a database.</summary>
    public static IReadOnlyList<SlugAlias> Load(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        using var connection = Database.Open(databasePath);
        return HasAliasTable(connection) ? Load(connection) : [];
    }

    internal static List<SlugAlias> Load(SqliteConnection connection) =>
        connection.Query<SlugAlias>("SELECT edition_slug AS EditionId, old_slug AS OldSlug, new_slug AS NewSlug FROM slug_alias ORDER BY edition_slug, old_slug").ToList();

    internal static bool HasAliasTable(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'slug_alias'") > 0;

    internal static Section? BestMatch(OldSection old, IReadOnlyList<Section> candidates)
    {
        if (old.FirstText is { Length: > 0 } first && candidates.FirstOrDefault(c => c.Blocks.Count > 0 && c.Blocks[0].Text == first) is { } same)
        {
            return same;
        }

        var oldWords = Words(old.AllText ?? old.Heading ?? "");
        return candidates
            .Select(c => (Section: c, Overlap: Overlap(oldWords, Words(c.Blocks.Count > 0 ? string.Join('\n', c.Blocks.Select(b => b.Text)) : c.Heading ?? ""))))
            .Where(c => c.Overlap >= MinimumOverlap)
            .OrderByDescending(c => c.Overlap)
            .Select(c => c.Section)
            .FirstOrDefault();
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static HashSet<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

}
