using JapanUsRelations.Comparison.Tests.Support;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Corpus;

/// <summary>
/// The corpus's two-edition reports (IN12668 v2→v3, IN12669 v3→v5) compared: both sides rebuilt exactly from the
/// operations, every paragraph exactly once, and the pairings a reader sees when reading the two files side by side.
/// </summary>
public class CorpusComparisonTests
{
    [SkippableTheory]
    [MemberData(nameof(CorpusEditions.TwoEditionReports), MemberType = typeof(CorpusEditions))]
    public void Both_sides_are_rebuilt_exactly_from_the_operations(string older, string newer)
    {
        var c = CorpusEditions.Compare(older, newer);

        Rebuild.Side(c, ComparisonSide.Older).Should().Equal(Texts(CorpusEditions.Parse(older)));
        Rebuild.Side(c, ComparisonSide.Newer).Should().Equal(Texts(CorpusEditions.Parse(newer)));
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusEditions.TwoEditionReports), MemberType = typeof(CorpusEditions))]
    public void Every_paragraph_of_both_editions_appears_exactly_once(string older, string newer)
    {
        var c = CorpusEditions.Compare(older, newer);
        var blocks = c.Sections.SelectMany(s => s.Blocks).ToList();

        blocks.SelectMany(b => b.Older).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Places(CorpusEditions.Parse(older)));
        blocks.SelectMany(b => b.Newer).Should().Equal(Places(CorpusEditions.Parse(newer)), "newer blocks come in the newer edition's reading order");
        c.Summary.Should().Be(ChangeSummary.Sum(c.Sections.Select(s => s.Summary)));
        c.ChangedShare.Should().BeInRange(0, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusEditions.TwoEditionReports), MemberType = typeof(CorpusEditions))]
    public void Each_edition_compared_with_itself_is_unchanged(string older, string newer)
    {
        foreach (var e in new[] { CorpusEditions.Parse(older), CorpusEditions.Parse(newer) })
        {
            var c = EditionComparer.Compare(e, e);
            c.Sections.Should().OnlyContain(s => s.Status == SectionStatus.Unchanged);
            c.ChangedShare.Should().Be(0);
        }
    }

    [SkippableFact]
    public void Autonomous_weapons_v3_to_v5_pairs_h3_sections_with_their_h2_successors_and_adds_the_lawsuit_paragraph()
    {
        // v3 heads its sections with <h3>, v5 with <h2>: the same three sections at level 1 on both sides.
        var c = CorpusEditions.Compare("IN12669v3", "IN12669v5");
        foreach (var heading in new[] { "Background", "What Are Autonomous Weapon Systems?", "Related Legislation and Issues for Congress" })
        {
            var s = c.Sections.Single(x => x.Newer?.Heading == heading);
            s.Older.Should().NotBeNull(heading);
            s.Older!.Heading.Should().Be(heading);
            s.Status.Should().NotBe(SectionStatus.Added).And.NotBe(SectionStatus.Removed);
        }

        // v5's lead gains "On March 9, Anthropic filed a civil complaint ..." with no predecessor in v3.
        var v5 = CorpusEditions.Parse("IN12669v5");
        string lawsuit = v5.AllBlocks().Single(b => b.Block.Text.StartsWith("On March 9, Anthropic filed a civil complaint", StringComparison.Ordinal)).Block.Anchor;
        var added = c.Sections.SelectMany(s => s.Blocks).Single(b => b.Newer.Any(p => p.Anchor == lawsuit));
        added.Status.Should().Be(BlockStatus.Added);

        // "DOD is not publicly known to be using Claude ..." reads the same in both editions.
        var v3 = CorpusEditions.Parse("IN12669v3");
        string same = v3.AllBlocks().Single(b => b.Block.Text.StartsWith("DOD is not publicly known to be using Claude", StringComparison.Ordinal)).Block.Anchor;
        c.Sections.SelectMany(s => s.Blocks).Single(b => b.Older.Any(p => p.Anchor == same)).Status.Should().Be(BlockStatus.Unchanged);

        // "... rules for the department's use of AI" became "... rules for DOD's use of AI": one paragraph, changed.
        string lawmakers = v3.AllBlocks().Single(b => b.Block.Text.StartsWith("Some lawmakers have called for a resolution", StringComparison.Ordinal)).Block.Anchor;
        var reworded = c.Sections.SelectMany(s => s.Blocks).Single(b => b.Older.Any(p => p.Anchor == lawmakers));
        reworded.Status.Should().Be(BlockStatus.Changed);
        reworded.Newer.Should().ContainSingle();
        string.Concat(reworded.Operations.Where(o => o.Kind == WordOperationKind.Insert).Select(o => o.Text)).Should().Contain("DOD");
        string.Concat(reworded.Operations.Where(o => o.Kind == WordOperationKind.Delete).Select(o => o.Text)).Should().Contain("department");
    }

    [SkippableFact]
    public void Munitions_v2_to_v3_pairs_the_renamed_capabilities_section_and_the_run_in_heads_that_kept_their_subject()
    {
        var c = CorpusEditions.Compare("IN12668v2", "IN12668v3");

        Paired(c, "U.S. Capabilities Expended in Operation Epic Fury", "U.S. Capabilities Expended in Operations Against Iran");
        Paired(c, "Potential Considerations for Congress", "Potential Considerations for Congress");
        // A run-in head whose case changed ("strategic vulnerabilities" → "Strategic Vulnerabilities").
        Paired(c, "Tactical and strategic vulnerabilities", "Tactical and Strategic Vulnerabilities");
    }

    private static void Paired(EditionComparison c, string olderHeading, string newerHeading)
    {
        var s = c.Sections.Single(x => x.Newer?.Heading == newerHeading);
        s.Older.Should().NotBeNull($"'{newerHeading}' should be paired with '{olderHeading}'");
        s.Older!.Heading.Should().Be(olderHeading);
    }

    private static Dictionary<string, string> Texts(Edition e) =>
        e.AllBlocks().ToDictionary(x => x.Block.Anchor, x => x.Block.Text, StringComparer.Ordinal);

    private static List<BlockPlace> Places(Edition e) =>
        e.AllBlocks().Select(x => new BlockPlace(x.Section.Slug, x.Block.Anchor)).ToList();
}
