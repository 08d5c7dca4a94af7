using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>
/// The in-place table skipping the diff of a cell whose diagonal cannot win at the pair's token-bag bound pairs the
/// blocks exactly as the full table (every pair's similarity taken) pairs them, on the seeds: every paired section of
/// every ordered pair of seed editions, and each pair's whole run of blocks as one table (many unlike pairs).
/// </summary>
public class InPlacePruningTests
{
    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairsAndSelf), MemberType = typeof(SeedEditions))]
    public void The_pruned_table_pairs_blocks_as_the_full_table_does(string olderId, string newerId)
    {
        var older = new EditionSide(SeedEditions.Edition(olderId));
        var newer = new EditionSide(SeedEditions.Edition(newerId));
        var tables = SectionAligner.Pair(older, newer, ComparisonOptions.Default.SectionPairThreshold)
            .Select(p => (Older: (IReadOnlyList<BlockInfo>)p.Older.Blocks, Newer: (IReadOnlyList<BlockInfo>)p.Newer.Blocks))
            .Append((older.Blocks, newer.Blocks))
            .ToList();
        int fullDiffs = 0, prunedDiffs = 0;
        foreach (double threshold in new[] { 0.0, ComparisonOptions.Default.ChangeThreshold, ComparisonOptions.Default.MoveThreshold, 0.9 })
        {
            foreach (var (o, n) in tables)
            {
                var fullCache = new SimilarityCache();
                var prunedCache = new SimilarityCache();
                var full = InPlaceAligner.Table(o, n, fullCache, threshold, prune: false);
                var pruned = InPlaceAligner.Table(o, n, prunedCache, threshold, prune: true);
                pruned.Select(p => (p.Older.Index, p.Newer.Index)).Should().Equal(full.Select(p => (p.Older.Index, p.Newer.Index)), $"threshold {threshold}, {o.Count}×{n.Count} blocks");
                fullDiffs += fullCache.Known;
                prunedDiffs += prunedCache.Known;
            }
        }

        prunedDiffs.Should().BeLessThan(fullDiffs, "the whole-edition tables have cells whose diagonal cannot win");
    }
}
