namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Aligns the blocks of two paired sections in order: the order-preserving pairing with the greatest total
/// similarity, using only pairs at or above the change threshold (a weighted longest-common-subsequence).
/// </summary>
internal static class InPlaceAligner
{
    public static List<(BlockInfo Older, BlockInfo Newer)> Align(IReadOnlyList<BlockInfo> older, IReadOnlyList<BlockInfo> newer, SimilarityCache cache, double threshold)
    {
        int n = older.Count, m = newer.Count;
        var best = new double[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                double s = cache.Similarity(older[i - 1], newer[j - 1], threshold);
                double diagonal = s >= threshold ? best[i - 1, j - 1] + s : double.NegativeInfinity;
                best[i, j] = Math.Max(Math.Max(best[i - 1, j], best[i, j - 1]), diagonal);
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
