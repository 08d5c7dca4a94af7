using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Tests.Corpus;
using JapanUsRelations.Comparison.Tests.Support;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Shortcuts;

/// <summary>
/// Section pairing best first (a candidate scored only when its bound reaches the front of the queue, and dropped
/// unscored once its sections are taken) pairs exactly the sections, with exactly the scores, that scoring every
/// candidate and sorting them pairs: on every ordered pair of seed editions and each seed with itself, on the
/// corpus reports' two editions, along a chain whose sides reuse their predecessor's bags and scores, and where
/// candidates tie (twin sections with the same heading and words, and sections of no words).
/// </summary>
public class BestFirstSectionPairingTests
{
    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairsAndSelf), MemberType = typeof(SeedEditions))]
    public void Seed_sections_pair_as_when_every_candidate_is_scored(string olderId, string newerId) =>
        SamePairs(SeedEditions.Edition(olderId), SeedEditions.Edition(newerId)).Should().BeGreaterThan(0);

    [SkippableTheory]
    [MemberData(nameof(CorpusEditions.TwoEditionReports), MemberType = typeof(CorpusEditions))]
    public void Corpus_sections_pair_as_when_every_candidate_is_scored(string older, string newer)
    {
        var (o, n) = (CorpusEditions.Parse(older), CorpusEditions.Parse(newer));
        SamePairs(o, n).Should().BeGreaterThan(0);
        SamePairs(n, o).Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_chain_reusing_bags_and_scores_pairs_as_when_every_candidate_is_scored()
    {
        // 2024 → 2026 → an edited 2026 → 2024 again, each side prepared from the one before and one memo along the chain.
        var e2026 = SeedEditions.Edition("2026-02-05");
        var first = e2026.AllBlocks().First(b => b.Block.Kind == BlockKind.Paragraph).Block;
        var edited = SyntheticEdition.WithBlock(e2026, first.Anchor, b => b with { Text = b.Text + " A sentence added in this edition." });
        var chain = new[] { SeedEditions.Edition("2024-11-05"), e2026, edited, SeedEditions.Edition("2024-11-05") };
        var memoBestFirst = new DiceMemo();
        var memoAll = new DiceMemo();
        EditionSide? previous = null;
        for (int k = 1; k < chain.Length; k++)
        {
            var older = previous ?? new EditionSide(chain[k - 1]);
            var newer = new EditionSide(chain[k], older);
            memoBestFirst.NextPair();
            memoAll.NextPair();
            var bestFirst = SectionAligner.Pair(older, newer, ComparisonOptions.Default.SectionPairThreshold, memoBestFirst);
            var all = SectionAligner.Pair(older, newer, ComparisonOptions.Default.SectionPairThreshold, memoAll, scoreAll: true);
            Rows(bestFirst).Should().Equal(Rows(all), $"step {k}");
            previous = newer;
        }
    }

    [Fact]
    public void Tied_candidates_are_taken_in_the_same_order()
    {
        // Twins: two "Notes" sections of the same words, and two untitled-free sections of no words (heading only).
        var older = new EditionBuilder("older")
            .Section("Notes", "The same note.")
            .Section("Background")
            .Section("Trade", "Tariffs rose.")
            .Section("Notes", "The same note.")
            .Section("Background")
            .Build();
        var newer = new EditionBuilder("newer")
            .Section("Background")
            .Section("Notes", "The same note.")
            .Section("Notes", "Note the same.")
            .Section("Background")
            .Section("Trade", "Tariffs rose again.")
            .Build();
        SamePairs(older, newer).Should().Be(5, "each section has a twin to pair with");
        SamePairs(newer, older).Should().Be(5);
    }

    [Fact]
    public void A_score_tied_with_a_bound_waits_for_that_bound_to_be_scored()
    {
        // "Trade Notes" → "Trade Notes": bound 1 (same heading, four words each), score (1 + 0.5) / 2 = 0.75 (two of
        // four words shared). "Trade Notes" → "Trade Policy": bound and score (0.5 + 1) / 2 = 0.75 (same words), and
        // nearer in reading order (0 apart, not 1), so it is the pair taken although its bound comes second.
        var older = new EditionBuilder("older").Section("Trade Notes", "alpha beta gamma delta").Build();
        var newer = new EditionBuilder("newer")
            .Section("Trade Policy", "alpha beta gamma delta")
            .Section("Trade Notes", "alpha beta epsilon zeta")
            .Build();
        var pairs = SectionAligner.Pair(new EditionSide(older), new EditionSide(newer), ComparisonOptions.Default.SectionPairThreshold);
        pairs.Select(p => (p.Older.Index, p.Newer.Index, p.Score)).Should().Equal((0, 0, 0.75));
        SamePairs(older, newer).Should().Be(1);
    }

    [Fact]
    public void Of_two_older_twins_as_near_the_earlier_is_taken()
    {
        // Older sections 0 and 2 are both the newer section 1's twin (score 1, one section apart): the earlier one pairs.
        var older = new EditionBuilder("older")
            .Section("Notes", "The same note.")
            .Section("Trade", "Tariffs rose.")
            .Section("Notes", "The same note.")
            .Build();
        var newer = new EditionBuilder("newer")
            .Section("Outlook", "Unrelated words entirely here.")
            .Section("Notes", "The same note.")
            .Build();
        var pairs = SectionAligner.Pair(new EditionSide(older), new EditionSide(newer), ComparisonOptions.Default.SectionPairThreshold);
        pairs.Select(p => (p.Older.Index, p.Newer.Index)).Should().Contain((0, 1)).And.NotContain((2, 1));
        SamePairs(older, newer).Should().Be(pairs.Count);
    }

    private static int SamePairs(Edition older, Edition newer)
    {
        var (o, n) = (new EditionSide(older), new EditionSide(newer));
        double threshold = ComparisonOptions.Default.SectionPairThreshold;
        var bestFirst = SectionAligner.Pair(o, n, threshold);
        var all = SectionAligner.Pair(new EditionSide(older), new EditionSide(newer), threshold, scoreAll: true);
        Rows(bestFirst).Should().Equal(Rows(all), $"{older.Id} → {newer.Id}");
        return bestFirst.Count;
    }

    private static IEnumerable<(int Older, int Newer, double Score, double? Heading, double? Content, double? Subject)> Rows(IEnumerable<SectionPair> pairs) =>
        pairs.Select(p => (p.Older.Index, p.Newer.Index, p.Score, p.Heading, p.Content, p.Subject));
}
