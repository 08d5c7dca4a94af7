using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Seeds;

/// <summary>Golden alignments of the real seeds, written by reading the 2024 and 2026 In Focus side by side.</summary>
public class SeedAlignmentTests
{
    [Fact]
    public void In_focus_2024_to_2026_pairs_renamed_sections_and_drops_russia_and_ukraine()
    {
        var c = SeedEditions.Compare("2024-11-05", "2026-02-05");

        c.Sections.Select(s => (s.Older?.Heading, s.Newer?.Heading, s.Status)).Should().Equal(
            ("Overview", "Overview", SectionStatus.Changed),
            ("Japan's Uncertain Political Course", "Japan's Political Situation", SectionStatus.Changed),
            ("The U.S.-Japan Military Alliance", "The U.S.-Japan Military Alliance", SectionStatus.Changed),
            ("Japan Expands Its Defense Posture", "Japan Strengthens Its Defense Posture", SectionStatus.Changed),
            ("Regional Relations", "Regional Relations", SectionStatus.Unchanged),
            ("China and Taiwan", "China", SectionStatus.Changed),
            ("South Korea", "South Korea", SectionStatus.Changed),
            ("Russia and Ukraine", (string?)null, SectionStatus.Removed),
            ("Economic and Trade Issues", "Economic and Trade Issues", SectionStatus.Changed));
        c.Section("japan-strengthens-its-defense-posture")!.Older!.Slug.Should().Be("japan-expands-its-defense-posture");
        c.Section("russia-and-ukraine")!.Blocks.Single().Older.Single().Anchor.Should().Be("p9");
    }

    [Fact]
    public void In_focus_2024_to_2026_sets_each_reworded_paragraph_beside_its_predecessor()
    {
        var c = SeedEditions.Compare("2024-11-05", "2026-02-05");

        var pairs = c.Sections.SelectMany(s => s.Blocks).Where(b => b.Older.Count == 1 && b.Newer.Count == 1)
            .Select(b => $"{b.Older[0].Anchor}>{b.Newer[0].Anchor}").ToList();
        // Overview opening, politics, the two alliance paragraphs, defense posture, South Korea, trade opening,
        // the trade table and the Nippon Steel paragraph (now inside the investment-pledge paragraph).
        pairs.Should().Equal("p1>p1", "p3>p5", "p4>p6", "p5>p7", "p6>p8", "p8>p10", "p10>p11", "t1>t1", "p13>p14");
        c.Sections.SelectMany(s => s.Blocks).Where(b => b.Status == BlockStatus.Removed).Select(b => b.Older[0].Anchor)
            .Should().Equal("p2", "p7", "p9", "p11", "p12");
        c.Sections.SelectMany(s => s.Blocks).Where(b => b.Status == BlockStatus.Added).Select(b => b.Newer[0].Anchor)
            .Should().Equal("p2", "p3", "p4", "p9", "p12", "p13");
    }

    [Fact]
    public void In_focus_2024_to_2026_marks_words_not_colour_in_the_overview()
    {
        var overview = SeedEditions.Compare("2024-11-05", "2026-02-05").Section("overview")!.Blocks[0];

        overview.Status.Should().Be(BlockStatus.Changed);
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Delete && o.Text == "several foreign policy areas, particularly security and trade");
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Insert && o.Text == "security, trade, and other areas");
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Delete && o.Text == "numbering over 50,000");
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Insert && o.Text == "around 60,000", "troops rose from over 50,000 to around 60,000, and a figure is one token");
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Equal && o.Text.Contains("Japan, a U.S. treaty ally since 1952, is an important U.S. partner in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Trade_figure_is_compared_cell_by_cell_from_2023_to_2024_data()
    {
        var table = SeedEditions.Compare("2024-11-05", "2026-02-05").Section("economic-and-trade-issues")!.Blocks.Single(b => b.Table is not null).Table!;

        table.Rows.Should().StartWith(["Mexico", "Canada", "China", "UK", "Germany", "Japan"]);
        table.Cell("Japan", "U.S. IMPORTS")!.Should().Match<Tables.CellComparison>(x => x.Older == "187" && x.Newer == "192" && x.Status == Tables.CellStatus.Changed);
        table.Cell("Japan", "U.S. EXPORTS")!.Should().Match<Tables.CellComparison>(x => x.Older == "120" && x.Newer == "129");
        table.Cell("Mexico", "U.S. IMPORTS")!.Should().Match<Tables.CellComparison>(x => x.Older == "529" && x.Newer == "561");
        table.Cell("Canada", "U.S. EXPORTS")!.Status.Should().Be(Tables.CellStatus.Unchanged, "441 both years");
    }

    [Fact]
    public void Reversed_order_mirrors_the_comparison_with_russia_and_ukraine_added()
    {
        var c = SeedEditions.Compare("2026-02-05", "2024-11-05");

        c.Section("russia-and-ukraine")!.Status.Should().Be(SectionStatus.Added);
        c.Section("china-and-taiwan")!.Older!.Slug.Should().Be("china");
        var forward = SeedEditions.Compare("2024-11-05", "2026-02-05").Summary;
        (c.Summary.ParagraphsAdded, c.Summary.ParagraphsRemoved, c.Summary.ParagraphsChanged).Should().Be((forward.ParagraphsRemoved, forward.ParagraphsAdded, forward.ParagraphsChanged));
    }

    [Fact]
    public void Fact_sheet_2016_to_summary_2018_pairs_the_untitled_leads_and_removes_the_headed_sections()
    {
        var c = SeedEditions.Compare("2016-03-11", "2018");

        c.Sections.Select(s => (s.Older?.Heading ?? s.Older?.Slug, s.Status)).Should().Equal(
            ("introduction", SectionStatus.Changed),
            ("U.S. Assistance to Japan", SectionStatus.Removed),
            ("Bilateral Economic Relations", SectionStatus.Removed),
            ("Science and Technology Cooperation", SectionStatus.Removed),
            ("Japan's Membership in International Organizations", SectionStatus.Removed),
            ("Bilateral Representation", SectionStatus.Removed));
        c.ChangedShare.Should().BeGreaterThan(0.9, "the 2018 summary was written afresh");
    }

    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairs), MemberType = typeof(SeedEditions))]
    public void Every_paragraph_of_both_editions_appears_exactly_once(string olderId, string newerId)
    {
        var c = SeedEditions.Compare(olderId, newerId);
        var blocks = c.Sections.SelectMany(s => s.Blocks).ToList();

        blocks.SelectMany(b => b.Older).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Places(olderId));
        blocks.SelectMany(b => b.Newer).Should().Equal(Places(newerId), "newer blocks come in the newer edition's reading order");
    }

    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairs), MemberType = typeof(SeedEditions))]
    public void Rebuilding_each_side_from_the_operations_gives_back_its_text_exactly(string olderId, string newerId)
    {
        var c = SeedEditions.Compare(olderId, newerId);

        Rebuild.Side(c, ComparisonSide.Older).Should().Equal(Texts(olderId));
        Rebuild.Side(c, ComparisonSide.Newer).Should().Equal(Texts(newerId));
    }

    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairs), MemberType = typeof(SeedEditions))]
    public void Counts_add_up_and_the_changed_share_is_a_share(string olderId, string newerId)
    {
        var c = SeedEditions.Compare(olderId, newerId);

        c.Summary.Should().Be(ChangeSummary.Sum(c.Sections.Select(s => s.Summary)));
        c.ChangedShare.Should().BeInRange(0, 1);
        c.Summary.ParagraphsAdded.Should().Be(c.Sections.SelectMany(s => s.Blocks).Where(b => b.Status == BlockStatus.Added).Sum(b => b.Newer.Count));
        c.Sections.Select(s => s.Slug).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_seed_compared_with_itself_is_unchanged()
    {
        foreach (var e in SeedEditions.All)
        {
            var c = EditionComparer.Compare(e, e);
            c.Sections.Should().OnlyContain(s => s.Status == SectionStatus.Unchanged, e.Id);
            c.ChangedShare.Should().Be(0, e.Id);
        }
    }

    private static List<BlockPlace> Places(string id) =>
        SeedEditions.Edition(id).AllBlocks().Select(x => new BlockPlace(x.Section.Slug, x.Block.Anchor)).ToList();

    private static Dictionary<string, string> Texts(string id) =>
        SeedEditions.Edition(id).AllBlocks().ToDictionary(x => x.Block.Anchor, x => x.Block.Text, StringComparer.Ordinal);
}
