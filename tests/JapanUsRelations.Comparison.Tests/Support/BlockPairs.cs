using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Tests.Corpus;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Support;

/// <summary>
/// Block pairs the engine may diff, from real editions: every pair of blocks of the same kind whose token-bag bound
/// reaches <see cref="ComparisonOptions.ChangeThreshold"/>, across every ordered pair of seed editions (each seed with
/// itself too) and, when the corpus is there, the corpus's two-edition reports; each pair of texts once.
/// </summary>
public static class BlockPairs
{
    private static readonly Lazy<IReadOnlyList<(BlockInfo Older, BlockInfo Newer)>> Seeds = new(() => Of(SeedPairs()));

    /// <summary>The seeds' pairs.</summary>
    internal static IReadOnlyList<(BlockInfo Older, BlockInfo Newer)> FromSeeds => Seeds.Value;

    /// <summary>The corpus's two-edition reports' pairs (skips the test when the corpus is absent).</summary>
    internal static IReadOnlyList<(BlockInfo Older, BlockInfo Newer)> FromCorpus() =>
        Of(CorpusEditions.TwoEditionReports().Select(row => (CorpusEditions.Parse((string)row[0]), CorpusEditions.Parse((string)row[1]))));

    /// <summary>Every ordered pair of seed editions, and each seed with itself.</summary>
    public static IEnumerable<(Edition Older, Edition Newer)> SeedPairs() =>
        SeedEditions.All.SelectMany(a => SeedEditions.All.Select(b => (a, b)));

    internal static IReadOnlyList<(BlockInfo Older, BlockInfo Newer)> Of(IEnumerable<(Edition Older, Edition Newer)> editions)
    {
        var seen = new HashSet<(string, string)>();
        var pairs = new List<(BlockInfo, BlockInfo)>();
        foreach (var (older, newer) in editions)
        {
            var o = new EditionSide(older);
            var n = new EditionSide(newer);
            foreach (var a in o.Blocks)
            {
                foreach (var b in n.Blocks)
                {
                    if (a.Block.Kind == b.Block.Kind && a.Bag.UpperBound(b.Bag) >= ComparisonOptions.Default.ChangeThreshold && seen.Add((a.Block.Text, b.Block.Text)))
                    {
                        pairs.Add((a, b));
                    }
                }
            }
        }

        return pairs;
    }
}
