using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Digest;

/// <summary>
/// Builds the digest: facts of the same kind (and table row) whose values differ, and the sections added, removed
/// and renamed. Facts compare by their normalised value; a fact only one edition states is not a change here (the
/// facts pages say "not mentioned").
/// </summary>
internal static class DigestBuilder
{
    /// <param name="older">The older edition.</param>
    /// <param name="newer">The newer edition.</param>
    /// <param name="sections">The compared sections.</param>
    /// <param name="olderSlugs">The older edition's section slug by block anchor.</param>
    /// <param name="newerSlugs">The newer edition's likewise.</param>
    public static ComparisonDigest Build(
        Edition older, Edition newer, IReadOnlyList<SectionComparison> sections, IReadOnlyDictionary<string, string> olderSlugs, IReadOnlyDictionary<string, string> newerSlugs)
    {
        return new ComparisonDigest(Facts(older, newer, olderSlugs, newerSlugs), Sections(sections));
    }

    private static List<FactChange> Facts(Edition older, Edition newer, IReadOnlyDictionary<string, string> olderSlugs, IReadOnlyDictionary<string, string> newerSlugs)
    {
        var olderFacts = older.Facts.Where(f => f.Kind is not null).GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<FactChange>();
        var seen = new HashSet<(string, string?)>();
        foreach (var n in newer.Facts.Where(f => f.Kind is not null))
        {
            var key = Key(n);
            if (!seen.Add(key) || !olderFacts.TryGetValue(key, out var o) || SameValue(o, n))
            {
                continue;
            }

            string label = FactKindCatalogue.Default.Find(n.Kind!, n.RowLabel)?.Label ?? n.Kind!;
            changes.Add(new FactChange(n.Kind!, label, o.Text, n.Text,
                new BlockPlace(olderSlugs.GetValueOrDefault(o.BlockAnchor, ""), o.BlockAnchor),
                new BlockPlace(newerSlugs.GetValueOrDefault(n.BlockAnchor, ""), n.BlockAnchor)));
        }

        return changes;
    }

    private static (string, string?) Key(Fact f) => (f.Kind!, f.RowLabel);

    private static bool SameValue(Fact a, Fact b) =>
        string.Equals(a.Text, b.Text, StringComparison.Ordinal) ||
        string.Equals(Typography.NormalizeText(a.Text), Typography.NormalizeText(b.Text), StringComparison.OrdinalIgnoreCase) ||
        (a.Number is { } x && b.Number is { } y ? x == y && string.Equals(a.Qualifier, b.Qualifier, StringComparison.OrdinalIgnoreCase) && a.DataYear == b.DataYear
            : SamePerson(a.Value, b.Value));

    /// <summary>"Abe" and "Shinzo Abe" are one person: one name is the other's last words.</summary>
    private static bool SamePerson(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ||
        a.EndsWith(" " + b, StringComparison.OrdinalIgnoreCase) || b.EndsWith(" " + a, StringComparison.OrdinalIgnoreCase);

    private static List<SectionChange> Sections(IReadOnlyList<SectionComparison> sections)
    {
        var changes = new List<SectionChange>();
        foreach (var s in sections)
        {
            SectionChangeKind? kind = (s.Older, s.Newer) switch
            {
                (null, _) => SectionChangeKind.Added,
                (_, null) => SectionChangeKind.Removed,
                ({ Heading: not null } o, { Heading: not null } n) when Alignment.ComparisonAssembler.IsRenamed(o.Heading, n.Heading) => SectionChangeKind.Renamed,
                _ => null,
            };
            if (kind is { } k)
            {
                changes.Add(new SectionChange(k, s.Slug, s.Older?.Heading, s.Newer?.Heading));
            }
        }

        changes.AddRange(MergesAndSplits(sections));
        return changes;
    }

    /// <summary>
    /// Merged: a newer section whose kept paragraphs (paired, not removed or added) come from two or more older
    /// sections. Split: an older section whose kept paragraphs went to two or more newer sections.
    /// </summary>
    private static IEnumerable<SectionChange> MergesAndSplits(IReadOnlyList<SectionComparison> sections)
    {
        // Each kept paragraph's (older section, newer section), and per section the sections on the other side in the
        // order they first appear: one pass over the blocks, not one per section.
        var olderOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var newerOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var block in sections.SelectMany(s => s.Blocks))
        {
            foreach (var o in block.Older)
            {
                foreach (var n in block.Newer)
                {
                    AddOnce(olderOf, n.SectionSlug, o.SectionSlug);
                    AddOnce(newerOf, o.SectionSlug, n.SectionSlug);
                }
            }
        }

        foreach (var s in sections.Where(s => s.Newer is not null))
        {
            if (olderOf.TryGetValue(s.Newer!.Slug, out var from) && from.Count >= 2)
            {
                yield return new SectionChange(SectionChangeKind.Merged, s.Slug, s.Older?.Heading, s.Newer!.Heading) { Parts = from };
            }
        }

        foreach (var s in sections.Where(s => s.Older is not null))
        {
            if (newerOf.TryGetValue(s.Older!.Slug, out var to) && to.Count >= 2)
            {
                yield return new SectionChange(SectionChangeKind.Split, s.Slug, s.Older!.Heading, s.Newer?.Heading) { Parts = to };
            }
        }
    }

    private static void AddOnce(Dictionary<string, List<string>> lists, string key, string value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
