using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Block-pair similarities, each diff computed at most once. Pairs of different kinds never match; a pair whose
/// token-bag upper bound is under the threshold asked for scores 0 without running the diff (it could not reach it);
/// a pair of identical texts scores 1 with one equal operation, without running the diff (what the diff gives for
/// identical texts: successive editions are mostly identical paragraphs).
/// </summary>
internal sealed class SimilarityCache
{
    private readonly Dictionary<(int, int), WordDiffResult> _diffs = [];

    /// <summary>How many pairs have a diff (or an identical text's result) kept: the diffs run, identical texts aside.</summary>
    public int Known => _diffs.Count;

    public double Similarity(BlockInfo older, BlockInfo newer, double threshold) => Diff(older, newer, threshold)?.Similarity ?? 0;

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

        if (_diffs.TryGetValue((older.Index, newer.Index), out var known))
        {
            return known.Similarity;
        }

        return Identical(older, newer) is not null ? 1.0 : older.Bag.UpperBound(newer.Bag);
    }

    public WordDiffResult? Diff(BlockInfo older, BlockInfo newer, double threshold)
    {
        if (older.Block.Kind != newer.Block.Kind)
        {
            return null;
        }

        var key = (older.Index, newer.Index);
        if (_diffs.TryGetValue(key, out var result))
        {
            return result;
        }

        if (Identical(older, newer) is { } same)
        {
            _diffs[key] = same;
            return same;
        }

        if (older.Bag.UpperBound(newer.Bag) < threshold)
        {
            return null;
        }

        result = WordDiff.Diff(older.Tokenized, newer.Tokenized);
        _diffs[key] = result;
        return result;
    }

    /// <summary>The diff of a pair a reader reads (sentences first), whatever its bound, with the pair's similarity.</summary>
    public WordDiffResult Full(BlockInfo older, BlockInfo newer)
    {
        if (Identical(older, newer) is { } same)
        {
            return same;
        }

        var scored = Diff(older, newer, 0) ?? WordDiff.Diff(older.Tokenized, newer.Tokenized);
        return WordDiff.Readable(older.Block.Text, newer.Block.Text, scored.Similarity);
    }

    /// <summary>For two blocks of the same non-empty text, the diff <see cref="WordDiff"/> gives them (one equal operation, similarity 1); otherwise null.</summary>
    public static WordDiffResult? Identical(BlockInfo older, BlockInfo newer) =>
        older.Block.Text.Length > 0 && string.Equals(older.Block.Text, newer.Block.Text, StringComparison.Ordinal)
            ? new WordDiffResult([new WordOperation(WordOperationKind.Equal, older.Block.Text)], 1.0)
            : null;
}
