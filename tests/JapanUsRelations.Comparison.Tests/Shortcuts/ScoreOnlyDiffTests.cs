using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Shortcuts;

/// <summary>
/// The score-only diff the alignment's tables run (kept weight summed, no operations built) gives the similarity the
/// full diff gives, on every block pair the engine may diff in the seeds and the corpus; and the order-respecting bound
/// that skips some of those diffs is never under the similarity, yet under the token-bag bound for many unlike pairs.
/// </summary>
public class ScoreOnlyDiffTests
{
    private static readonly double[] Thresholds = [ComparisonOptions.Default.ChangeThreshold, ComparisonOptions.Default.MoveThreshold, 0.6, 0.9];

    [Fact]
    public void The_score_only_diff_gives_the_full_diffs_similarity_on_the_seeds() => ScoresMatch(BlockPairs.FromSeeds, expectedAtLeast: 1000);

    [SkippableFact]
    public void The_score_only_diff_gives_the_full_diffs_similarity_on_the_corpus() => ScoresMatch(BlockPairs.FromCorpus(), expectedAtLeast: 50);

    [Fact]
    public void The_ordered_bound_is_never_under_the_similarity_and_prunes_unlike_pairs_the_bag_bound_lets_through()
    {
        int pruned = 0;
        foreach (var (o, n) in BlockPairs.FromSeeds)
        {
            double similarity = WordDiff.Diff(o.Tokenized, n.Tokenized).Similarity;
            foreach (double threshold in Thresholds)
            {
                if (OrderedBound.IsBelow(o.Tokenized, n.Tokenized, threshold))
                {
                    similarity.Should().BeLessThan(threshold, $"the bound said so for {o.Block.Anchor} → {n.Block.Anchor}");
                    pruned += o.Bag.UpperBound(n.Bag) >= threshold ? 1 : 0;
                }
            }
        }

        pruned.Should().BeGreaterThan(100, "unlike paragraphs share common words in any order, far fewer in order");
    }

    [Fact]
    public void The_bit_parallel_longest_common_subsequence_is_the_dynamic_programmings()
    {
        // Token ids of real paragraphs (long ones cross the 64-bit words), against the textbook table.
        var texts = BlockPairs.FromSeeds.Take(400).ToList();
        foreach (var (o, n) in texts)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            int[] Ids(TokenizedText t) => t.Normalized.Select(x => ids.TryGetValue(x, out int id) ? id : ids[x] = ids.Count).ToArray();
            var (a, b) = (Ids(o.Tokenized), Ids(n.Tokenized));
            OrderedBound.Lcs(a, b, ids.Count).Should().Be(TableLcs(a, b), $"{o.Block.Anchor} ({a.Length} tokens) → {n.Block.Anchor} ({b.Length})");
        }

        OrderedBound.Lcs([1, 2, 3, 2, 1], [2, 1, 3, 1], 4).Should().Be(3, "2 3 1 (or 2 2 1 …) is the longest common run in order");
        OrderedBound.Lcs([], [1], 2).Should().Be(0);
        OrderedBound.Lcs(Enumerable.Repeat(0, 130).ToArray(), Enumerable.Repeat(0, 129).ToArray(), 1).Should().Be(129, "a carry runs across three words");
    }

    private static void ScoresMatch(IReadOnlyList<(BlockInfo Older, BlockInfo Newer)> pairs, int expectedAtLeast)
    {
        pairs.Count.Should().BeGreaterThan(expectedAtLeast);
        foreach (var (o, n) in pairs)
        {
            WordDiff.Score(o.Tokenized, n.Tokenized).Should().Be(WordDiff.Diff(o.Block.Text, n.Block.Text).Similarity, $"{o.Block.Anchor} → {n.Block.Anchor}");
        }
    }

    private static int TableLcs(int[] a, int[] b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
            }
        }

        return t[a.Length, b.Length];
    }
}
