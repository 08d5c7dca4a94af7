using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Block-pair similarities, computed at most once. Pairs of different kinds never match; pairs whose word bags
/// share too little are scored by the bag alone, without running the diff (a diff could only score lower).
/// </summary>
internal sealed class SimilarityCache(double prefilter)
{
    private readonly Dictionary<(int, int), WordDiffResult?> _diffs = [];

    public double Similarity(BlockInfo older, BlockInfo newer) => Diff(older, newer)?.Similarity ?? 0;

    public WordDiffResult? Diff(BlockInfo older, BlockInfo newer)
    {
        if (older.Block.Kind != newer.Block.Kind)
        {
            return null;
        }

        var key = (older.Index, newer.Index);
        if (!_diffs.TryGetValue(key, out var result))
        {
            result = older.Bag.Dice(newer.Bag) < prefilter ? null : WordDiff.Diff(older.Block.Text, newer.Block.Text);
            _diffs[key] = result;
        }

        return result;
    }

    /// <summary>The diff of a pair, computed even when the prefilter would skip it.</summary>
    public WordDiffResult Full(BlockInfo older, BlockInfo newer) => Diff(older, newer) ?? WordDiff.Diff(older.Block.Text, newer.Block.Text);
}
