using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Block-pair similarities, each computed at most once, score only (the token diff's kept weight, no operations
/// built: only <see cref="Full"/>, for a pair a reader sees, builds them). Pairs of different kinds never match; a
/// pair whose token-bag upper bound (or, failing that, its order-respecting bound) is under the threshold asked for
/// scores 0 without running the diff (it could not reach it); a pair of identical texts scores 1, and its full diff is one equal operation, without running the diff
/// (what the diff gives for identical texts: successive editions are mostly identical paragraphs).
/// </summary>
internal sealed class SimilarityCache
{
    /// <summary>Up to this multiple of the threshold, a pair's bag bound counts as near it.</summary>
    private const double NearThreshold = 2.0;

    private readonly Dictionary<(int, int), double> _scores = [];

    /// <summary>Pairs whose similarity is known to be under a threshold (the least such threshold asked), without their diff.</summary>
    private readonly Dictionary<(int, int), double> _below = [];

    /// <summary>How many pairs have a similarity kept: the diffs run, plus identical texts.</summary>
    public int Known => _scores.Count;

    public double Similarity(BlockInfo older, BlockInfo newer, double threshold) => Score(older, newer, threshold) ?? 0;

    /// <summary>
    /// An upper bound on <see cref="Similarity"/> at any threshold, without running a diff: 0 for blocks of different
    /// kinds, the similarity itself once known, 1 for identical texts, otherwise the token-bag bound.
    /// </summary>
    public double Bound(BlockInfo older, BlockInfo newer)
    {
        if (older.Block.Kind != newer.Block.Kind)
        {
            return 0;
        }

        if (_scores.TryGetValue((older.Index, newer.Index), out double known))
        {
            return known;
        }

        return IsIdentical(older, newer) ? 1.0 : older.Bag.UpperBound(newer.Bag);
    }

    /// <summary>
    /// The similarity of the pair's word diff (score only: no operations built), or null when the kinds differ or the
    /// similarity is certainly under <paramref name="threshold"/>: the token-bag bound, then the order-respecting
    /// bound (<see cref="OrderedBound"/>) is under it, so no caller comparing with that threshold tells the two apart.
    /// </summary>
    public double? Score(BlockInfo older, BlockInfo newer, double threshold)
    {
        if (older.Block.Kind != newer.Block.Kind)
        {
            return null;
        }

        var key = (older.Index, newer.Index);
        if (_scores.TryGetValue(key, out double result))
        {
            return result;
        }

        if (IsIdentical(older, newer))
        {
            _scores[key] = 1.0;
            return 1.0;
        }

        double bound = older.Bag.UpperBound(newer.Bag);
        if (bound < threshold || (_below.TryGetValue(key, out double below) && below <= threshold))
        {
            return null;
        }

        // The order-respecting bound only for pairs whose bag bound is near the threshold (unlike paragraphs sharing
        // common words): a pair well above it is a likely match, which that bound would not rule out.
        if (bound < NearThreshold * threshold && OrderedBound.IsBelow(older.Tokenized, newer.Tokenized, threshold))
        {
            _below[key] = threshold;
            return null;
        }

        result = WordDiff.Score(older.Tokenized, newer.Tokenized);
        _scores[key] = result;
        return result;
    }

    /// <summary>The diff of a pair a reader reads (sentences first), whatever its bound, with the pair's similarity.</summary>
    public WordDiffResult Full(BlockInfo older, BlockInfo newer)
    {
        if (Identical(older, newer) is { } same)
        {
            return same;
        }

        double similarity = Score(older, newer, 0) ?? WordDiff.Score(older.Tokenized, newer.Tokenized);
        return WordDiff.Readable(older.Tokenized, newer.Tokenized, similarity);
    }

    /// <summary>For two blocks of the same non-empty text, the diff <see cref="WordDiff"/> gives them (one equal operation, similarity 1); otherwise null.</summary>
    public static WordDiffResult? Identical(BlockInfo older, BlockInfo newer) =>
        IsIdentical(older, newer) ? new WordDiffResult([new WordOperation(WordOperationKind.Equal, older.Block.Text)], 1.0) : null;

    /// <summary>True for two blocks of the same non-empty text.</summary>
    public static bool IsIdentical(BlockInfo older, BlockInfo newer) =>
        older.Block.Text.Length > 0 && string.Equals(older.Block.Text, newer.Block.Text, StringComparison.Ordinal);
}
