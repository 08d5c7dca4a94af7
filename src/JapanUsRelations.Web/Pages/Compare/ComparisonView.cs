using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A comparison as shown: the left and right editions (in the order asked) and the engine's result.</summary>
/// <param name="Left">The edition in the left column (the comparison's "older" side).</param>
/// <param name="Right">The edition in the right column (the "newer" side).</param>
/// <param name="Comparison">The aligned comparison, left to right.</param>
public sealed record ComparisonView(Edition Left, Edition Right, EditionComparison Comparison)
{
    /// <summary>True when both are dated and the left one was published after the right one (a backwards comparison).</summary>
    public bool IsReversed => Left.Published is { } l && Right.Published is { } r && l > r;

    /// <summary>True when both sides are the same edition.</summary>
    public bool IsSameEdition => string.Equals(Left.Id, Right.Id, StringComparison.Ordinal);

    /// <summary>"older", "newer" or null (undated, or same date) for the left side.</summary>
    public string? LeftRole => Role(Left, Right);

    /// <summary>"older", "newer" or null for the right side.</summary>
    public string? RightRole => Role(Right, Left);

    /// <summary>Blocks of the left edition by anchor.</summary>
    public IReadOnlyDictionary<string, Block> LeftBlocks { get; } = Left.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Block, StringComparer.Ordinal);

    /// <summary>Blocks of the right edition by anchor.</summary>
    public IReadOnlyDictionary<string, Block> RightBlocks { get; } = Right.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Block, StringComparer.Ordinal);

    private static string? Role(Edition a, Edition b) =>
        a.Published is { } x && b.Published is { } y && x != y ? (x < y ? "older" : "newer") : null;
}
