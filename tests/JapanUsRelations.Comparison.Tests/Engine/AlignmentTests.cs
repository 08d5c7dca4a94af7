using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

public class AlignmentTests
{
    private const string Alliance = "Since the early 2000s the United States and Japan have steadily improved the operational capability of the military alliance and deepened interoperability.";
    private const string AllianceReworded = "Since the early 2000s the United States and Japan have steadily deepened interoperability to enhance operational coordination in the alliance.";
    private const string Okinawa = "About 70% of all facilities used by U.S. forces in Japan are in Okinawa, an island chain comprising less than 1% of Japan's land area.";
    private const string Trade = "Japan was the sixth-largest U.S. trading partner based on total goods and services trade in 2023.";
    private const string Steel = "Nippon Steel Corporation announced an agreement to acquire the U.S. Steel Corporation, drawing criticism from labor unions and Members of Congress.";
    private const string Russia = "Japan adopted most of the sanctions against Russia employed by the United States and Europe after the invasion of Ukraine.";

    [Fact]
    public void A_reworded_paragraph_sits_beside_its_predecessor_as_changed()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Alliance", Alliance, Okinawa).Build(),
            new EditionBuilder("b").Section("Alliance", AllianceReworded, Okinawa).Build());

        var blocks = c.Sections.Single().Blocks;
        blocks.Select(b => (b.Status, b.Older.Single().Anchor, b.Newer.Single().Anchor)).Should().Equal(
            (BlockStatus.Changed, "p1", "p1"), (BlockStatus.Unchanged, "p2", "p2"));
        blocks[0].Operations.Should().Contain(o => o.Kind == WordOperationKind.Delete && o.Text.Contains("capability", StringComparison.Ordinal));
        c.Sections.Single().Status.Should().Be(SectionStatus.Changed);
    }

    [Fact]
    public void A_paragraph_moved_to_another_section_with_edits_is_one_move_linked_from_where_it_stood()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Alliance", Alliance, Okinawa).Section("Trade", Trade).Build(),
            new EditionBuilder("b").Section("Alliance", Alliance).Section("Trade", Trade, Okinawa.Replace("70%", "about 70%", StringComparison.Ordinal)).Build());

        var moved = c.Sections.SelectMany(s => s.Blocks).Single(b => b.Status == BlockStatus.Moved);
        moved.Older.Should().Equal(new BlockPlace("alliance", "p2"));
        moved.Newer.Should().Equal(new BlockPlace("trade", "p3"));
        moved.Operations.Should().Contain(o => o.Kind == WordOperationKind.Insert && o.Text.Contains("about", StringComparison.Ordinal));
        var marker = c.Section("alliance")!.MovedAway.Single();
        marker.From.Should().Be(new BlockPlace("alliance", "p2"));
        marker.To.Should().Be(new BlockPlace("trade", "p3"));
        marker.Position.Should().Be(1, "it stood after the first paragraph");
        c.Summary.ParagraphsMoved.Should().Be(1);
        c.Summary.ParagraphsAdded.Should().Be(0);
        c.Summary.ParagraphsRemoved.Should().Be(0);
    }

    [Fact]
    public void A_paragraph_split_in_two_is_one_split_entry_with_a_break_not_a_deletion_and_additions()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Trade", Trade + " " + Steel).Build(),
            new EditionBuilder("b").Section("Trade", Trade, Steel).Build());

        var split = c.Sections.Single().Blocks.Single();
        split.Status.Should().Be(BlockStatus.Split);
        split.Older.Select(p => p.Anchor).Should().Equal("p1");
        split.Newer.Select(p => p.Anchor).Should().Equal("p1", "p2");
        split.Operations.Should().ContainSingle(o => o.Kind == WordOperationKind.Break && o.Side == ComparisonSide.Newer);
        c.Summary.ParagraphsSplit.Should().Be(1);
        c.Summary.WordsAdded.Should().Be(0);
    }

    [Fact]
    public void Two_paragraphs_merged_into_one_are_one_merged_entry()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Trade", Trade, Steel).Build(),
            new EditionBuilder("b").Section("Trade", Trade + " Meanwhile, " + Steel).Build());

        var merged = c.Sections.Single().Blocks.Single();
        merged.Status.Should().Be(BlockStatus.Merged);
        merged.Older.Select(p => p.Anchor).Should().Equal("p1", "p2");
        merged.Operations.Should().ContainSingle(o => o.Kind == WordOperationKind.Break && o.Side == ComparisonSide.Older);
        Rebuild.Side(c, ComparisonSide.Older).Should().Equal(new Dictionary<string, string> { ["p1"] = Trade, ["p2"] = Steel });
    }

    [Fact]
    public void A_dropped_subsection_is_removed_where_it_stood_and_a_renamed_one_is_paired()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Regional Relations").Subsection("China and Taiwan", Alliance).Subsection("Russia and Ukraine", Russia).Section("Trade", Trade).Build(),
            new EditionBuilder("b").Section("Regional Relations").Subsection("China", Alliance).Section("Trade", Trade).Build());

        c.Sections.Select(s => (s.Older?.Heading, s.Newer?.Heading, s.Status)).Should().Equal(
            ("Regional Relations", "Regional Relations", SectionStatus.Unchanged),
            ("China and Taiwan", "China", SectionStatus.Changed),
            ("Russia and Ukraine", (string?)null, SectionStatus.Removed),
            ("Trade", "Trade", SectionStatus.Unchanged));
        c.Section("russia-and-ukraine")!.Blocks.Single().Status.Should().Be(BlockStatus.Removed);
    }

    [Fact]
    public void Sections_swapped_in_order_are_paired_and_one_is_marked_moved()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Alliance", Alliance).Section("Trade", Trade).Section("Steel", Steel).Build(),
            new EditionBuilder("b").Section("Steel", Steel).Section("Alliance", Alliance).Section("Trade", Trade).Build());

        c.Sections.Select(s => (s.Newer!.Heading, s.Status)).Should().Equal(
            ("Steel", SectionStatus.Moved), ("Alliance", SectionStatus.Unchanged), ("Trade", SectionStatus.Unchanged));
    }

    [Fact]
    public void Tables_are_compared_cell_by_cell_matching_rows_by_label_even_when_reordered()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Trade", Trade).Table(["", "IMPORTS", "EXPORTS"], ["Canada", "482", "441"], ["Mexico", "529", "367"], ["Japan", "187", "120"]).Build(),
            new EditionBuilder("b").Section("Trade", Trade).Table(["", "IMPORTS", "EXPORTS"], ["Mexico", "561", "385"], ["Canada", "477", "441"], ["Japan", "192", "129"]).Build());

        var table = c.Sections.Single().Blocks.Single(b => b.Table is not null).Table!;
        table.Rows.Should().Equal("Mexico", "Canada", "Japan");
        table.Cell("Japan", "IMPORTS").Should().Be(new Tables.CellComparison("Japan", "IMPORTS", "187", "192", Tables.CellStatus.Changed));
        table.Cell("Canada", "EXPORTS")!.Status.Should().Be(Tables.CellStatus.Unchanged);
    }

    [Fact]
    public void An_edition_compared_with_a_typographic_twin_has_no_changes()
    {
        var c = EditionComparer.Compare(
            new EditionBuilder("a").Section("Overview", "Japan\u2019s troops\u2014around 50,000\u2014are \u201Cstrong\u201D.").Build(),
            new EditionBuilder("b").Section("Overview", "Japan's troops--around 50,000--are \"strong\".").Build());

        var block = c.Sections.Single().Blocks.Single();
        block.Status.Should().Be(BlockStatus.Unchanged);
        block.HasTypographyChanges.Should().BeTrue();
        c.Summary.IsEmpty.Should().BeTrue();
        c.ChangedShare.Should().Be(0);
    }

    [Fact]
    public void Comparing_with_an_empty_edition_adds_everything()
    {
        var c = EditionComparer.Compare(new EditionBuilder("a").Build(), new EditionBuilder("b").Section(null, Trade, Steel).Build());

        c.Sections.Single().Status.Should().Be(SectionStatus.Added);
        c.Summary.ParagraphsAdded.Should().Be(2);
        c.ChangedShare.Should().Be(1.0);
    }

    [Fact]
    public void Repeated_identical_and_empty_paragraphs_each_appear_exactly_once()
    {
        var older = new EditionBuilder("a").Section("Trade", Trade, "", Trade, Steel).Section("Trade", Trade).Build();
        var newer = new EditionBuilder("b").Section("Trade", Trade, Trade, "", "").Section(null, Trade, Trade).Build();

        var c = EditionComparer.Compare(older, newer);

        c.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Older).Select(p => p.Anchor).Should().BeEquivalentTo(["p1", "p2", "p3", "p4", "p5"]);
        c.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Newer).Select(p => p.Anchor).Should().Equal("p1", "p2", "p3", "p4", "p5", "p6");
        Rebuild.Side(c, ComparisonSide.Older).Values.Should().BeEquivalentTo([Trade, "", Trade, Steel, Trade]);
        Rebuild.Side(c, ComparisonSide.Newer).Values.Should().BeEquivalentTo([Trade, Trade, "", "", Trade, Trade]);
    }

    [Fact]
    public void Arguments_are_checked_at_entry()
    {
        var e = new EditionBuilder("a").Build();

        FluentActions.Invoking(() => EditionComparer.Compare(null!, e)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => EditionComparer.Compare(e, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => EditionComparer.Compare(e, e, new ComparisonOptions { MoveThreshold = 1.5 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => EditionComparer.Compare(e, e, new ComparisonOptions { ChangeThreshold = double.NaN })).Should().Throw<ArgumentOutOfRangeException>();
    }
}
