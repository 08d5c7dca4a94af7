using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>The changes-only view of a comparison: each section with changes, and its changed entries, in reading order.</summary>
public static class ChangedSections
{
    /// <summary>Sections with at least one changed entry that <paramref name="touches"/> selects, with those entries.</summary>
    public static IReadOnlyList<(SectionComparison Section, IReadOnlyList<BlockComparison> Changes)> Of(ComparisonView view, Func<BlockComparison, bool> touches)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(touches);
        return view.Comparison.Sections
            .Select(s => (Section: s, Changes: (IReadOnlyList<BlockComparison>)s.Blocks.Where(b => b.IsChange && touches(b)).ToList()))
            .Where(x => x.Changes.Count > 0)
            .ToList();
    }

    /// <summary>The section's heading as a reader reads it.</summary>
    public static string Heading(SectionComparison section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return EditionDisplay.SectionName(section.Newer?.Heading ?? section.Older?.Heading);
    }

    /// <summary>The entry's status in words ("Reworded", "Added"…).</summary>
    public static string Label(ComparisonView view, BlockComparison block) => new EntryView(view, block, "changes", ShowTypography: false).StatusLabel;

    /// <summary>Where the entry's text stands: its first newer paragraph, else its first older one (edition id, section slug, anchor).</summary>
    public static (string EditionId, string SectionSlug, string Anchor) Source(ComparisonView view, BlockComparison block)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(block);
        return block.Newer.Count > 0
            ? (view.Right.Id, block.Newer[0].SectionSlug, block.Newer[0].Anchor)
            : (view.Left.Id, block.Older[0].SectionSlug, block.Older[0].Anchor);
    }
}
