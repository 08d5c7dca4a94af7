using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>Makes the columns of a section's history from its trail: what the section holds in each edition, marked against the edition before.</summary>
public static class HistoryColumns
{
    /// <summary>Edition <paramref name="i"/>'s column; with <paramref name="changesOnly"/> unchanged entries are left out (and counted).</summary>
    public static HistoryColumn Column(SectionTrail trail, int i, bool changesOnly)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var edition = trail.Timeline[i];
        var section = trail.Sections[i];
        var step = trail.Step(i);
        var pair = trail.Pair(i);
        var below = trail.PairsBelow(i);
        var entries = step is null
            ? (section is null ? [] : First(edition, section))
            : below.SelectMany(p => Compared(trail.Timeline[i - 1], edition, p)).ToList();
        string status = Status(section, pair, below, step is not null);
        string? comparison = step is not null && pair is not null ? Urls.Compare(step.OlderId, step.NewerId, CompareIds.Section(step, pair)) : null;
        var shown = changesOnly ? entries.Where(e => e.Status != "unchanged").ToList() : entries;
        return new HistoryColumn(
            new EditionSummary(edition),
            section?.Slug,
            section?.Heading,
            section is null ? null : Urls.Section(edition.Id, section.Slug),
            status,
            comparison,
            entries.GroupBy(e => e.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            shown,
            entries.Count - shown.Count);
    }

    private static string Status(Section? section, SectionComparison? pair, IReadOnlyList<SectionComparison> below, bool compared)
    {
        if (section is null)
        {
            return pair is { Status: SectionStatus.Removed } ? "removed" : "absent";
        }

        if (!compared)
        {
            return "first";
        }

        return pair switch
        {
            null or { Status: SectionStatus.Added } => "added",
            { Status: SectionStatus.Moved } => "moved",
            _ when pair.Status == SectionStatus.Changed || below.Any(p => p.Status != SectionStatus.Unchanged) => "changed",
            _ => "unchanged",
        };
    }

    private static List<HistoryEntry> First(Edition edition, Section section) =>
        section.SelfAndDescendants().SelectMany(s => s.Blocks.Select(b =>
            new HistoryEntry("first", Kind(b), [b.Anchor], Urls.Block(edition.Id, s.Slug, b.Anchor), null, TextOf(b), null))).ToList();

    private static IEnumerable<HistoryEntry> Compared(Edition older, Edition newer, SectionComparison pair)
    {
        var olderBlocks = Blocks(older);
        var newerBlocks = Blocks(newer);
        var departures = pair.MovedAway.ToLookup(m => m.Position);
        for (int k = 0; k <= pair.Blocks.Count; k++)
        {
            foreach (var moved in departures[k])
            {
                var arrived = newerBlocks.GetValueOrDefault(moved.To.Anchor);
                yield return new HistoryEntry(
                    "moved-away", arrived is null ? "paragraph" : Kind(arrived), [moved.To.Anchor], Urls.Block(newer.Id, moved.To.SectionSlug, moved.To.Anchor),
                    Urls.Compare(older.Id, newer.Id, CompareIds.Arrival(moved)), arrived is null ? "" : TextOf(arrived), null);
            }

            if (k < pair.Blocks.Count)
            {
                yield return Entry(older, newer, pair.Blocks[k], olderBlocks, newerBlocks);
            }
        }
    }

    private static HistoryEntry Entry(Edition older, Edition newer, BlockComparison block, Dictionary<string, Block> olderBlocks, Dictionary<string, Block> newerBlocks)
    {
        bool removed = block.Newer.Count == 0;
        var (edition, places, blocks) = removed ? (older, block.Older, olderBlocks) : (newer, block.Newer, newerBlocks);
        var own = places.Select(p => blocks.GetValueOrDefault(p.Anchor)).OfType<Block>().ToList();
        bool text = own.All(b => b.Table is null && b.Kind != BlockKind.List);
        return new HistoryEntry(
            block.Status.ToString().ToLowerInvariant(),
            own.Count > 0 ? Kind(own[0]) : "paragraph",
            places.Select(p => p.Anchor).ToList(),
            Urls.Block(edition.Id, places[0].SectionSlug, places[0].Anchor),
            Urls.Compare(older.Id, newer.Id, CompareIds.Entry(block)),
            string.Join("\n\n", own.Select(TextOf)),
            block.IsChange && text ? Marks(block.Operations) : null);
    }

    /// <summary>The operations as a reader sees them: typography-only differences plain, runs of one kind joined.</summary>
    private static List<HistoryMark> Marks(IReadOnlyList<WordOperation> operations)
    {
        var marks = new List<HistoryMark>();
        foreach (var op in operations)
        {
            string? kind = op.Kind switch
            {
                WordOperationKind.Equal => "equal",
                WordOperationKind.Insert => op.IsTypographyOnly ? "equal" : "insert",
                WordOperationKind.Delete => op.IsTypographyOnly ? null : "delete",
                _ => "break",
            };
            if (kind is null)
            {
                continue;
            }

            if (marks.Count > 0 && marks[^1].Kind == kind && kind != "break")
            {
                marks[^1] = marks[^1] with { Text = marks[^1].Text + op.Text };
            }
            else
            {
                marks.Add(new HistoryMark(kind, kind == "break" ? "" : op.Text));
            }
        }

        return marks;
    }

    private static Dictionary<string, Block> Blocks(Edition edition) =>
        edition.AllBlocks().Select(x => x.Block).ToDictionary(b => b.Anchor, StringComparer.Ordinal);

    private static string Kind(Block block) => block.Kind.ToString().ToLowerInvariant();

    private static string TextOf(Block block) => block.Table is { } table ? table.Caption ?? "(untitled " + Kind(block) + ")" : block.Kind == BlockKind.List ? string.Join("\n", block.Items) : block.Text;
}
