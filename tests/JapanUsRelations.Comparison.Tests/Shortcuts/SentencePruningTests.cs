using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Shortcuts;

/// <summary>
/// The readable diff's sentence table, pruned at each pair's bound and pairing identical sentences without a diff,
/// writes exactly the operations the full table (every sentence pair diffed) writes, on every pair of paragraphs of
/// several sentences the engine may diff in the seeds and the corpus, each paragraph with itself included.
/// </summary>
public class SentencePruningTests
{
    [Fact]
    public void The_pruned_sentence_table_writes_the_full_tables_operations_on_the_seeds()
    {
        var pairs = BlockPairs.FromSeeds;
        Same(pairs.Concat(pairs.Select(p => (p.Older, p.Older))).ToList()).Should().BeGreaterThan(300);
    }

    [SkippableFact]
    public void The_pruned_sentence_table_writes_the_full_tables_operations_on_the_corpus()
    {
        Same(BlockPairs.FromCorpus()).Should().BeGreaterThan(20);
    }

    private static int Same(IReadOnlyList<(BlockInfo Older, BlockInfo Newer)> pairs)
    {
        int compared = 0;
        foreach (var (o, n) in pairs)
        {
            var a = SentenceAligner.Pieces(o.Block.Text);
            var b = SentenceAligner.Pieces(n.Block.Text);
            if (a.Count <= 1 || b.Count <= 1)
            {
                continue;
            }

            var pruned = new OperationList();
            var full = new OperationList();
            SentenceAligner.Diff(pruned, a, b);
            SentenceAligner.Diff(full, a, b, prune: false);
            pruned.ToList().Should().Equal(full.ToList(), $"{o.Block.Anchor} → {n.Block.Anchor}");
            compared++;
        }

        return compared;
    }
}
