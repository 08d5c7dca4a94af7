using System.Diagnostics;
using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Facts;

public class HostileFactTests
{
    [Theory]
    [InlineData("1,")]
    [InlineData("$9 ")]
    [InlineData("about ")]
    [InlineData("President A ")]
    [InlineData("U.S. ")]
    [InlineData("7 ")]
    public void Long_repetitive_paragraphs_are_extracted_verbatim(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 5_000));
        var facts = new FactsEnricher().Enrich(EditionWith(Paragraph(text))).Facts;
        facts.Where(f => text.Substring(f.Offset, f.Text.Length) != f.Text || !text.Contains(f.Quote, StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void A_table_without_caption_or_units_gives_unclassified_cells_and_skips_words()
    {
        var table = new Table(null, null, null,
        [
            new TableCell(0, 0, "", true, false), new TableCell(0, 1, "U.S. IMPORTS", true, false),
            new TableCell(1, 0, "Japan", false, false), new TableCell(1, 1, "187", false, false),
            new TableCell(2, 0, "Korea", false, false), new TableCell(2, 1, "n/a", false, false),
        ]);
        var block = new Block
        {
            Kind = BlockKind.Table, Anchor = "t1", Ordinal = 1, Text = "\tU.S. IMPORTS\nJapan\t187\nKorea\tn/a", Markup = "", Html = "",
            FirstLine = 1, LastLine = 3, Table = table,
        };
        var fact = new FactsEnricher().Enrich(EditionWith(block)).Facts.Should().ContainSingle().Subject;
        fact.Should().BeEquivalentTo(new { Kind = (string?)null, Text = "187", Number = 187m, Unit = (string?)null, DataYear = (int?)null, Quote = "Japan\t187", Offset = 20 });
    }

    [Fact]
    public void Markup_in_text_is_quoted_as_text_never_interpreted()
    {
        const string text = "<script>alert('x')</script> Japan pays roughly $2 billion per year to defray the cost.";
        var fact = new FactsEnricher().Enrich(EditionWith(Paragraph(text))).Facts.Should().ContainSingle().Subject;
        fact.Kind.Should().Be("host-nation-support");
        fact.Quote.Should().Be(text);
    }

    private static Block Paragraph(string text) => new()
    {
        Kind = BlockKind.Paragraph, Anchor = "p1", Ordinal = 1, Text = text, Markup = text, Html = "", FirstLine = 1, LastLine = 1,
    };

    private static Edition EditionWith(Block block) => new()
    {
        Id = "hostile", Title = "Hostile", Publisher = "Test", DatePrecision = DatePrecision.None, Kind = EditionKind.Report,
        SourceFile = "hostile.txt", SourceSha256 = "", SourceFormat = "plain",
        Sections = [new Section { Slug = "s", Heading = null, Level = 1, Ordinal = 1, Path = "s", SourceLine = 1, Blocks = [block] }],
    };
}
