
namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Aligns the blocks of two paired sections in order: the order-preserving pairing with the greatest total
/// similarity, using only pairs at or above the change threshold (a weighted longest-common-subsequence). A cell
/// whose diagonal could not win even at the pair's token-bag bound (an upper bound on its similarity) takes the
/// better of its neighbours without running the pair's diff: that is what the cell holds whatever the similarity,
/// and the traceback never takes such a diagonal, so the pairing is the one the full table gives.
/// </summary>
internal static class InPlaceAligner
{
    public static List<(BlockInfo Older, BlockInfo Newer)> Align(IReadOnlyList<BlockInfo> older, IReadOnlyList<BlockInfo> newer, SimilarityCache cache, double threshold)
    {
        // Identical blocks at the start and at the end pair with each other (score 1, the most a pair can score): only
        // the middle needs the full table. Successive editions mostly differ in a few blocks of a section.
        int head = 0;
        while (head < older.Count && head < newer.Count && Same(older[head], newer[head]))
        {
            head++;
        }

        int tail = 0;
        while (tail < older.Count - head && tail < newer.Count - head && Same(older[older.Count - 1 - tail], newer[newer.Count - 1 - tail]))
        {
            tail++;
        }

        if (head == 0 && tail == 0)
        {
            return Table(older, newer, cache, threshold, prune: true);
        }

        var pairs = Enumerable.Range(0, head).Select(k => (older[k], newer[k])).ToList();
        pairs.AddRange(Table(older.Skip(head).Take(older.Count - head - tail).ToList(), newer.Skip(head).Take(newer.Count - head - tail).ToList(), cache, threshold, prune: true));
        pairs.AddRange(Enumerable.Range(0, tail).Reverse().Select(k => (older[older.Count - 1 - k], newer[newer.Count - 1 - k])));
        return pairs;
    }

    private static bool Same(BlockInfo older, BlockInfo newer) => older.Block.Kind == newer.Block.Kind && SimilarityCache.Identical(older, newer) is not null;

    /// <summary>
    /// The table over every pair; with <paramref name="prune"/> false every pair's similarity is taken (the full path
    /// the tests hold the pruned one to).
    /// </summary>
    internal static List<(BlockInfo Older, BlockInfo Newer)> Table(IReadOnlyList<BlockInfo> older, IReadOnlyList<BlockInfo> newer, SimilarityCache cache, double threshold, bool prune)
    {
        int n = older.Count, m = newer.Count;
        var best = new double[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                double neighbour = Math.Max(best[i - 1, j], best[i, j - 1]);
                if (prune && best[i - 1, j - 1] + cache.Bound(older[i - 1], newer[j - 1]) <= neighbour)
                {
                    best[i, j] = neighbour;
                    continue;
                }

                double s = cache.Similarity(older[i - 1], newer[j - 1], threshold);
                double diagonal = s >= threshold ? best[i - 1, j - 1] + s : double.NegativeInfinity;
                best[i, j] = Math.Max(neighbour, diagonal);
            }
        }

        var pairs = new List<(BlockInfo, BlockInfo)>();
        for (int i = n, j = m; i > 0 && j > 0;)
        {
            if (best[i, j] == best[i - 1, j])
            {
                i--;
            }
            else if (best[i, j] == best[i, j - 1])
            {
                j--;
            }
            else
            {
                pairs.Add((older[i - 1], newer[j - 1]));
                i--;
                j--;
            }
        }

        pairs.Reverse();
        return pairs;
    }
}
