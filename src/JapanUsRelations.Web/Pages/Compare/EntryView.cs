using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>What the entry partial needs: the comparison, the entry, the view mode and the typography switch.</summary>
/// <param name="View">The comparison shown.</param>
/// <param name="Block">The aligned entry.</param>
/// <param name="Mode"><c>auto</c>, <c>side</c>, <c>inline</c> or <c>changes</c>.</param>
/// <param name="ShowTypography">Whether typography-only differences are marked.</param>
public sealed record EntryView(ComparisonView View, BlockComparison Block, string Mode, bool ShowTypography)
{
    /// <summary>The status as a reader reads it.</summary>
    public string StatusLabel => Block.Status switch
    {
        BlockStatus.Unchanged => Block.HasTypographyChanges && ShowTypography ? "Typography only" : "Unchanged",
        BlockStatus.Changed => "Reworded",
        BlockStatus.Added => "Added",
        BlockStatus.Removed => "Removed",
        BlockStatus.Moved => "Moved",
        BlockStatus.Split => "Split in two",
        _ => "Merged from two",
    };

    /// <summary>True when the row is a change a reader should be able to jump to.</summary>
    public bool IsChange => Block.IsChange || (ShowTypography && Block.HasTypographyChanges);
}
