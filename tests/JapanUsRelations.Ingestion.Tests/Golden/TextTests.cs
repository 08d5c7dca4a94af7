using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Golden;

/// <summary>The words, as written: repairs, markup, quotes and tables.</summary>
public class TextTests
{
    private static Block Paragraph(string edition, string anchor) => Seeds.Edition(edition).AllBlocks().Single(b => b.Block.Anchor == anchor).Block;

    [Fact]
    public void Page_break_splits_are_joined_into_one_paragraph_with_the_repair_recorded()
    {
        var p8 = Paragraph("2026-02-05", "p8");
        p8.Text.Should().Contain("people have reconsidered the country's approach to national security.");
        (p8.FirstLine, p8.LastLine).Should().Be((31, 33));
        Seeds.Edition("2026-02-05").Repairs.Should().ContainSingle(r => r.Kind == "page-break-join" && r.FirstLine == 31 && r.LastLine == 33);
        Seeds.Edition("2024-11-05").Repairs.Count(r => r.Kind == "page-break-join").Should().Be(3);
        Paragraph("2024-11-05", "p3").Text.Should().Contain("Ishiba vowed to stay on as LDP leader and contest the Lower House's scheduled November 11 vote");
        Paragraph("2024-11-05", "p11").Text.Should().Contain("concerns over mineral-sourcing and localization requirements");
    }

    [Fact]
    public void Escaped_dollars_bold_and_superscripts_render_as_the_reader_sees_them()
    {
        var p5 = Paragraph("2024-11-05", "p5");
        p5.Text.Should().StartWith("Japan pays roughly $2 billion per year");
        p5.Markup.Should().StartWith(@"Japan pays roughly \$2 billion per year");
        var p13 = Paragraph("2024-11-05", "p13");
        p13.Text.Should().Contain("the world’s 4th-largest steel producer");
        p13.Html.Should().Contain("4<sup>th</sup>-largest");
        Paragraph("2024-11-05", "p10").Html.Should().Contain("(<strong>Figure 1</strong>)");
        Paragraph("2024-11-05", "p10").Text.Should().Contain("(Figure 1)");
    }

    [Fact]
    public void Run_in_heads_leave_the_paragraph_text_that_follows_them()
    {
        Paragraph("2026-02-05", "p9").Text.Should().StartWith("After entering office in October 2025");
        Paragraph("2024-11-05", "p7").Text.Should().StartWith("A protracted challenge between Japan and China");
        Paragraph("japan-united-states-relations", "p14").Text.Should().StartWith("The substantial American military footprint in Okinawa");
    }

    [Fact]
    public void Smart_and_straight_quotes_are_kept_as_written()
    {
        Paragraph("2024-11-05", "p8").Text.Should().Contain("“commitment to consult”");
        Paragraph("2026-02-05", "p10").Text.Should().Contain("\"Commitment to Consult\"");
        Paragraph("2018", "p3").Text.Should().StartWith("Japan is the United States’ fourth-largest");
    }

    [Fact]
    public void Figure_table_2026_keeps_caption_units_source_and_every_cell()
    {
        var table = Seeds.Edition("2026-02-05").AllBlocks().Single(b => b.Block.Kind == BlockKind.Table).Block.Table!;
        table.Caption.Should().Be("Figure 1. Top U.S. Trade Partners, 2024");
        table.Units.Should().Be("Goods and Services; U.S. $ billions");
        table.SourceNote.Should().Be("Source: CRS; data from Bureau of Economic Analysis.");
        table.RowTexts().Should().BeEquivalentTo(new[]
        {
            new[] { "", "U.S. IMPORTS", "U.S. EXPORTS" },
            new[] { "Mexico", "561", "385" },
            new[] { "Canada", "477", "441" },
            new[] { "China", "461", "199" },
            new[] { "UK", "162", "179" },
            new[] { "Germany", "209", "121" },
            new[] { "Japan", "192", "129" },
        }, o => o.WithStrictOrdering());
        table.Cells.Should().NotContain(c => c.IsBold);
    }

    [Fact]
    public void Figure_table_2024_recognises_the_bold_japan_row()
    {
        var table = Seeds.Edition("2024-11-05").AllBlocks().Single(b => b.Block.Kind == BlockKind.Table).Block.Table!;
        table.Caption.Should().Be("Figure 1. Top U.S. Trade Partners, 2023");
        table.SourceNote.Should().Be("Source: CRS; data from Bureau of Economic Analysis");
        table.Units.Should().Be("Goods and Services; U.S. $ billions");
        table.RowTexts().Select(r => string.Join("|", r)).Should().Equal(
            "|U.S. IMPORTS|U.S. EXPORTS", "Canada|482|441", "Mexico|529|367", "China|448|196", "Germany|206|119", "UK|151|166", "Japan|187|120");
        table.Cells.Where(c => c.IsBold).Select(c => c.Text).Should().Equal("Japan", "187", "120");
    }

    [Fact]
    public void No_body_block_is_empty_and_none_keeps_raw_markup_in_its_text()
    {
        foreach (var (section, block) in Seeds.All.SelectMany(e => e.AllBlocks()))
        {
            block.Text.Should().NotBeNullOrWhiteSpace(section.Slug);
            block.Text.Should().NotContain("**").And.NotContain("\\$").And.NotContain("<b>").And.NotContain("<sup>");
        }
    }
}
