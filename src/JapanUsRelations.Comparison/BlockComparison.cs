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

    /// <summary>
    /// Share of words kept, computed from exactly the operations shown: 2 × equal words / (older words + newer
    /// words); 1 when nothing but typography differs, 0 for a rewritten, added or removed block.
    /// </summary>
    public double KeptShare { get; init; } = 1.0;

    /// <summary>
    /// True when the paragraph kept less than a third of its words: <see cref="Operations"/> then give the older text
    /// whole, deleted, and the newer text whole, inserted, and <see cref="Shared"/> lists what both still say.
    /// </summary>
    public bool IsRewritten { get; init; }

    /// <summary>For a rewritten paragraph, the phrases (two words or more) both versions still share, in newer order.</summary>
    public IReadOnlyList<string> Shared { get; init; } = [];

    /// <summary>Every marked difference, in order, with its kind.</summary>
    public IReadOnlyList<TextChange> Changes { get; init; } = [];

    /// <summary>True when some operation differs only in typography.</summary>
    public bool HasTypographyChanges => Operations.Any(o => o.IsTypographyOnly);

    /// <summary>True unless unchanged.</summary>
    public bool IsChange => Status != BlockStatus.Unchanged;
}
