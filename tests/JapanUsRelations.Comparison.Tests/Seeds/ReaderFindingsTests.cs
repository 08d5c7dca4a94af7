using JapanUsRelations.Comparison.Digest;
using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tables;
using JapanUsRelations.Comparison.Tests.Support;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tests.Seeds;

/// <summary>
/// One golden test for each finding of issue 13 ("comparisons that tell the whole truth"), on the seeds or on a
/// seed with one hand-made change. Expected values were read from the seed texts.
/// </summary>
public class ReaderFindingsTests
{
    private static Edition In2026 => SeedEditions.Edition("2026-02-05");

    private static BlockComparison Entry(EditionComparison c, string newerAnchor) =>
        c.Sections.SelectMany(s => s.Blocks).Single(b => b.Newer.Any(p => p.Anchor == newerAnchor));

    [Fact]
    public void Troop_figure_alone_changed_is_a_number_update_not_a_hundred_percent_kept_rewording()
    {
        var edited = SyntheticEdition.WithText(In2026, "p1", "around 60,000", "around 55,000");
        var entry = Entry(EditionComparer.Compare(In2026, edited), "p1");

        entry.Status.Should().Be(BlockStatus.Changed);
        entry.Changes.Should().ContainSingle().Which.Should().Be(new TextChange(ChangeKind.NumberOrDate, "60,000", "55,000"));
        entry.Operations.Where(o => o.IsChange).Select(o => o.Text).Should().Equal("60,000", "55,000");
        entry.Summary.Should().Match<ChangeSummary>(s => s.WordsAdded == 1 && s.WordsRemoved == 1 && s.NumbersUpdated == 1 && s.Rewordings == 0);
        entry.KeptShare.Should().BeLessThan(1.0).And.BeGreaterThan(0.95);
    }

    [Theory]
    [InlineData("over 50,000 troops", "50,000")]
    [InlineData("roughly \\$2 billion", "\\$2")]
    [InlineData("about $550.5 billion", "$550.5")]
    [InlineData("About 25% of facilities", "25%")]
    [InlineData("on March 19, 2026.", "March 19, 2026")]
    [InlineData("in November 2024,", "November 2024")]
    public void Numbers_money_percentages_and_dates_are_single_tokens(string text, string figure)
    {
        Tokenizer.Tokenize(text).Should().Contain(figure);
        Tokenizer.IsFigure(figure).Should().BeTrue();
        string.Concat(Tokenizer.Tokenize(text)).Should().Be(text);
    }

    [Fact]
    public void A_figure_inside_a_word_stays_in_the_word()
    {
        Tokenizer.Tokenize("F-35 jets, 2023a").Should().Equal("F", "-", "35", " ", "jets", ",", " ", "2023a");
    }

    [Fact]
    public void Caption_year_and_source_line_changes_are_compared_and_the_table_carries_both_sides()
    {
        var table = SeedEditions.Compare("2024-11-05", "2026-02-05").Section("economic-and-trade-issues")!.Blocks.Single(b => b.Table is not null).Table!;

        table.Caption.Older.Should().Be("Figure 1. Top U.S. Trade Partners, 2023");
        table.Caption.Newer.Should().Be("Figure 1. Top U.S. Trade Partners, 2024");
        table.Caption.Operations.Where(o => o.IsChange).Select(o => o.Text).Should().Equal("2023", "2024");
        table.Source.Older.Should().Be("Source: CRS; data from Bureau of Economic Analysis");
        table.Source.Operations.Where(o => o.IsChange).Select(o => o.Text).Should().Equal(".");
        table.Units.Older.Should().NotBeNull();
    }

    [Fact]
    public void Mexico_overtaking_canada_is_one_row_move_and_words_count_only_changed_cells()
    {
        var table = SeedEditions.Compare("2024-11-05", "2026-02-05").Section("economic-and-trade-issues")!.Blocks.Single(b => b.Table is not null);
        var rows = table.Table!.RowChanges.ToDictionary(r => r.Label, StringComparer.Ordinal);

        // 2023 order: Canada, Mexico, China, Germany, UK, Japan; 2024: Mexico, Canada, China, UK, Germany, Japan.
        rows.Values.Count(r => r.Status == RowStatus.Moved).Should().Be(2, "two swaps: Mexico/Canada and UK/Germany");
        (rows["Mexico"].OlderPosition, rows["Mexico"].NewerPosition).Should().Be((2, 1));
        (rows["Canada"].OlderPosition, rows["Canada"].NewerPosition).Should().Be((1, 2));
        rows["Japan"].Status.Should().Be(RowStatus.Changed);
        // 11 figures changed (Canada exports 441 kept) plus the caption's year: 12 each way, not 17.
        table.Summary.WordsAdded.Should().Be(12);
        table.Summary.WordsRemoved.Should().Be(12);
        table.Summary.NumbersUpdated.Should().Be(12, "each changed figure and the caption's year is one number updated");
        table.Changes.Should().Contain(new TextChange(ChangeKind.Rewording, "", "."), "the source line gained a full stop");
    }

    [Fact]
    public void A_row_reordered_by_hand_is_a_move_with_no_changed_words()
    {
        var edited = SyntheticEdition.WithBlock(In2026, "t1", b => b with { Table = Swap(b.Table!, 1, 2) });
        var table = Entry(EditionComparer.Compare(In2026, edited), "t1");

        table.Table!.RowChanges.Should().ContainSingle(r => r.Status == RowStatus.Moved);
        table.Table.RowChanges.Should().NotContain(r => r.Status == RowStatus.Changed);
        table.Summary.WordsAdded.Should().Be(0);
        table.Table.Cells.Should().OnlyContain(c => c.Status == CellStatus.Unchanged);
    }

    [Fact]
    public void A_caption_year_changed_by_hand_is_the_one_change_shown()
    {
        var edited = SyntheticEdition.WithBlock(In2026, "t1", b => b with { Table = b.Table! with { Caption = b.Table.Caption!.Replace("2024", "2025", StringComparison.Ordinal) } });
        var table = Entry(EditionComparer.Compare(In2026, edited), "t1");

        table.Table!.Caption.IsChanged.Should().BeTrue();
        table.Table.Caption.Operations.Where(o => o.IsChange).Select(o => o.Text).Should().Equal("2024", "2025");
        (table.Summary.WordsAdded, table.Summary.WordsRemoved).Should().Be((1, 1));
    }

    [Fact]
    public void A_note_line_added_under_a_table_is_shown_and_counted()
    {
        var edited = SyntheticEdition.WithBlock(In2026, "t1", b => b with { Table = b.Table! with { Notes = ["Note: Figures are not adjusted for inflation."] } });
        var table = Entry(EditionComparer.Compare(In2026, edited), "t1");

        table.Table!.Notes.Older.Should().BeNull();
        table.Table.Notes.Newer.Should().Be("Note: Figures are not adjusted for inflation.");
        table.Table.Notes.IsChanged.Should().BeTrue();
        table.Summary.WordsAdded.Should().Be(7, "the seven words of the note line are the only change");
    }

    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairs), MemberType = typeof(SeedEditions))]
    public void Table_metadata_rebuilds_exactly_on_both_sides(string olderId, string newerId)
    {
        var c = SeedEditions.Compare(olderId, newerId);
        foreach (var t in c.Sections.SelectMany(s => s.Blocks).Select(b => b.Table).OfType<TableComparison>())
        {
            foreach (var field in new[] { t.Caption, t.Units, t.Source, t.Notes })
            {
                Side(field.Operations, WordOperationKind.Delete).Should().Be(field.Older ?? "");
                Side(field.Operations, WordOperationKind.Insert).Should().Be(field.Newer ?? "");
            }

            t.RowChanges.Select(r => r.Label).Should().Equal(t.Rows);
        }
    }

    [Fact]
    public void Regional_relations_rolls_up_its_changed_and_removed_subsections()
    {
        var c = SeedEditions.Compare("2024-11-05", "2026-02-05");
        var regional = c.Section("regional-relations")!;

        regional.Status.Should().Be(SectionStatus.Unchanged, "its own text (none) did not change");
        regional.ChangedBelow.Should().BeTrue("China and South Korea changed and Russia and Ukraine was removed");
        regional.Total.ParagraphsRemoved.Should().BeGreaterThan(0);
        regional.Total.WordsAdded.Should().Be(c.Section("china")!.Summary.WordsAdded + c.Section("south-korea")!.Summary.WordsAdded);
    }

    [Fact]
    public void The_golden_share_quote_is_not_matched_with_an_unrelated_quote()
    {
        var c = SeedEditions.Compare("2026-02-05", "2024-11-05");
        var entry = c.Sections.SelectMany(s => s.Blocks).Single(b => b.Operations.Any(o => o.Text.Contains("golden share", StringComparison.Ordinal)));

        entry.Operations.Should().NotContain(o => o.IsTypographyOnly && o.Text.Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public void Rewritten_paragraph_is_shown_whole_with_what_both_still_say()
    {
        var politics = Entry(SeedEditions.Compare("2024-11-05", "2026-02-05"), "p5");

        politics.IsRewritten.Should().BeTrue("the 2026 politics paragraph keeps about a sixth of the 2024 one's words");
        politics.Operations.Select(o => o.Kind).Should().Equal(WordOperationKind.Delete, WordOperationKind.Insert);
        politics.Operations[0].Text.Should().StartWith("Upgraded U.S.-Japan cooperation has coincided");
        politics.Operations[1].Text.Should().StartWith("From 2012 to 2024, the Liberal Democratic Party");
        politics.Shared.Should().Contain("Liberal Democratic Party's (LDP's)");
        politics.KeptShare.Should().Be(0);
    }

    [Fact]
    public void Overview_keeps_whole_sentences_together_and_marks_no_lone_space()
    {
        var overview = Entry(SeedEditions.Compare("2024-11-05", "2026-02-05"), "p1");

        overview.IsRewritten.Should().BeFalse();
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Delete && o.Text == "bilaterally and multilaterally ");
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Delete && o.Text == ". In April 2024, then-prime minister Fumio Kishida addressed a Joint Meeting of Congress.");
        overview.Operations.Should().Contain(o => o.Kind == WordOperationKind.Equal && o.Text.StartsWith(" investors are the largest foreign holders of U.S. Treasury securities. ", StringComparison.Ordinal),
            "a sentence cut in two keeps its shared words");
        overview.Operations.Where(o => o.IsChange).Should().NotContain(o => string.IsNullOrWhiteSpace(o.Text));
    }

    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairs), MemberType = typeof(SeedEditions))]
    public void No_change_is_marked_on_white_space_alone_and_no_small_word_island_sits_between_two_changes(string olderId, string newerId)
    {
        foreach (var b in SeedEditions.Compare(olderId, newerId).Sections.SelectMany(s => s.Blocks))
        {
            b.Operations.Where(o => o.IsChange).Should().NotContain(o => o.Text.All(char.IsWhiteSpace));
            for (int k = 1; k + 1 < b.Operations.Count; k++)
            {
                if (b.Operations[k - 1].IsChange && b.Operations[k + 1].IsChange && b.Operations[k].Kind == WordOperationKind.Equal)
                {
                    var words = Tokenizer.Tokenize(b.Operations[k].Text).Where(Tokenizer.IsWord).ToList();
                    (words.Count <= 2 && words.All(w => w.Length <= 4 && !Tokenizer.IsFigure(w))).Should().BeFalse($"\"{b.Operations[k].Text}\" is an island in {olderId}>{newerId}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SeedEditions.OrderedPairs), MemberType = typeof(SeedEditions))]
    public void Figures_shown_come_from_the_operations_shown(string olderId, string newerId)
    {
        foreach (var b in SeedEditions.Compare(olderId, newerId).Sections.SelectMany(s => s.Blocks).Where(b => b.Table is null))
        {
            b.Summary.WordsAdded.Should().Be(b.Operations.Where(o => o.IsChange && o.Kind == WordOperationKind.Insert).Sum(o => Tokenizer.CountWords(o.Text)));
            b.KeptShare.Should().BeInRange(0, 1);
            if (b.IsRewritten)
            {
                b.KeptShare.Should().Be(0);
            }
        }
    }

    [Fact]
    public void What_changed_lists_the_troop_figure_with_both_sentences_and_the_sections_renamed_and_removed()
    {
        var c = SeedEditions.Compare("2024-11-05", "2026-02-05");

        c.Digest.Facts.Should().ContainSingle(f => f.Kind == "us-troops-in-japan").Which.Should().Be(
            new FactChange("us-troops-in-japan", "U.S. troops based in Japan", "over 50,000", "around 60,000", new BlockPlace("overview", "p1"), new BlockPlace("overview", "p1")));
        c.Digest.Sections.Should().Contain(new SectionChange(SectionChangeKind.Removed, "russia-and-ukraine", "Russia and Ukraine", null));
        c.Digest.Sections.Should().Contain(new SectionChange(SectionChangeKind.Renamed, "china", "China and Taiwan", "China"));
        c.Summary.NumbersUpdated.Should().BeGreaterThan(0);
        c.Summary.SentencesAdded.Should().BeGreaterThan(0);
        c.RawChangedShare.Should().BeGreaterThanOrEqualTo(c.ChangedShare);
    }

    [Fact]
    public void Prime_minister_abe_and_prime_minister_shinzo_abe_are_one_person_and_a_former_holder_is_no_change()
    {
        SeedEditions.Compare("2016-03-11", "2018").Digest.Facts.Should().NotContain(f => f.Kind == "prime-minister", "2016 \"Prime Minister Abe\", 2018 \"Prime Minister Shinzo Abe\"");
        SeedEditions.Compare("2024-11-05", "2026-02-05").Digest.Facts.Should().NotContain(f => f.Kind == "prime-minister", "2024 names only a former prime minister");
    }

    [Fact]
    public void Restructured_fact_sheet_pairs_its_economic_section_with_economic_and_trade_issues_by_subject()
    {
        var c = SeedEditions.Compare("2016-03-11", "2026-02-05");
        var economy = c.Section("economic-and-trade-issues")!;

        economy.Older!.Heading.Should().Be("Bilateral Economic Relations");
        economy.SubjectSimilarity.Should().BeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void Summary_2018_without_headings_sets_each_paragraph_beside_the_2024_section_on_its_subject()
    {
        var c = SeedEditions.Compare("2018", "2024-11-05");
        string? Home(string anchor) => c.Sections.Single(s => s.Blocks.Any(b => b.Older.Any(p => p.Anchor == anchor))).Newer?.Slug;

        // 2018 p3: "Japan is the United States' fourth-largest overall trading partner, ... foreign direct investment ..."
        Home("p3").Should().Be("economic-and-trade-issues");
        // 2018 p4: "After years of turmoil, Japanese politics has been relatively stable since ... Prime Minister Shinzo Abe ..."
        Home("p4").Should().Be("japans-uncertain-political-course");
        // 2018 p5: "In the past decade, U.S.-Japan defense cooperation has improved ... " (the bases and Futenma)
        Home("p5").Should().Be("the-us-japan-military-alliance");
        // The opening stays beside the 2024 overview it was paired with.
        Home("p1").Should().Be("overview");
    }

    private static Table Swap(Table table, int rowA, int rowB) => table with
    {
        Cells = table.Cells.Select(c => c.Row == rowA ? c with { Row = rowB } : c.Row == rowB ? c with { Row = rowA } : c).ToList(),
    };

    private static string Side(IEnumerable<WordOperation> ops, WordOperationKind kept) =>
        string.Concat(ops.Where(o => o.Kind == WordOperationKind.Equal || o.Kind == kept).Select(o => o.Text));
}
