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

    /// <summary>"97 % of words kept", from the operations shown; never "100 %" for a row with a change.</summary>
    public string KeptLabel
    {
        get
        {
            double kept = Block.IsChange ? Math.Min(Block.KeptShare, 0.99) : Block.KeptShare;
            return Math.Floor(kept * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "\u00A0% of words kept";
        }
    }

    /// <summary>The kinds of change in this entry, counted ("2 numbers or dates updated", "3 sentences added", "1 rewording").</summary>
    public IReadOnlyList<string> KindLabels =>
        Block.Changes.Where(c => ShowTypography || c.Kind != ChangeKind.Typography).GroupBy(c => c.Kind).OrderBy(g => g.Key)
            .Select(g => g.Key is ChangeKind.SentenceAdded or ChangeKind.SentenceRemoved ? g.Sum(c => Math.Max(1, c.Sentences)) is var s ? $"{s} {Name(g.Key, s)}" : "" : $"{g.Count()} {Name(g.Key, g.Count())}")
            .ToList();

    private static string Name(ChangeKind kind, int n) => kind switch
    {
        ChangeKind.NumberOrDate => n == 1 ? "number or date updated" : "numbers or dates updated",
        ChangeKind.Name => n == 1 ? "name changed" : "names changed",
        ChangeKind.SentenceAdded => n == 1 ? "sentence added" : "sentences added",
        ChangeKind.SentenceRemoved => n == 1 ? "sentence removed" : "sentences removed",
        ChangeKind.Typography => "typography only",
        _ => n == 1 ? "rewording" : "rewordings",
    };

    /// <summary>True when the row is a change a reader should be able to jump to.</summary>
    public bool IsChange => Block.IsChange || (ShowTypography && Block.HasTypographyChanges);
}
