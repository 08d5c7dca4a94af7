using JapanUsRelations.Comparison.Tables;

namespace JapanUsRelations.Comparison;

/// <summary>
/// One aligned entry: older block(s) beside newer block(s) with the word-level operations between them. Usually one
/// block a side; none on one side for added or removed blocks; several on one side for splits and merges.
/// </summary>
public sealed record BlockComparison
{
    /// <summary>The older blocks, in order (empty when added).</summary>
    public required IReadOnlyList<BlockPlace> Older { get; init; }

    /// <summary>The newer blocks, in order (empty when removed).</summary>
    public required IReadOnlyList<BlockPlace> Newer { get; init; }

    /// <summary>What happened.</summary>
    public required BlockStatus Status { get; init; }

    /// <summary>Share of characters kept (2 × kept / (older + newer)), typography normalised; 1 when identical.</summary>
    public required double Similarity { get; init; }

    /// <summary>Word-level operations; concatenated per side they give back each side's text exactly.</summary>
    public required IReadOnlyList<WordOperation> Operations { get; init; }

    /// <summary>Cell-by-cell comparison when both sides are one table each; otherwise null.</summary>
    public TableComparison? Table { get; init; }

    /// <summary>Counts for this entry.</summary>
    public required ChangeSummary Summary { get; init; }

    /// <summary>True when some operation differs only in typography.</summary>
    public bool HasTypographyChanges => Operations.Any(o => o.IsTypographyOnly);

    /// <summary>True unless unchanged.</summary>
    public bool IsChange => Status != BlockStatus.Unchanged;
}
