using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Topics;

/// <summary>Blocks no seed has (yet): the classifier must still give each one a topic and never throw.</summary>
public class HostileBlockTests
{
    private static readonly TopicsEnricher Enricher = new();

    private static Block Paragraph(string anchor, string text) => new()
    {
        Kind = BlockKind.Paragraph, Anchor = anchor, Ordinal = 1, Text = text, Markup = text, Html = text, FirstLine = 1, LastLine = 1,
    };

    private static Edition EditionOf(params Section[] sections) => new()
    {
        Id = "hostile", Title = "Hostile", Publisher = "Nobody", DatePrecision = DatePrecision.None, Kind = EditionKind.Reference,
        SourceFile = "hostile.txt", SourceSha256 = "00", SourceFormat = "plain", Sections = sections,
    };

    private static Section SectionOf(string? heading, params Block[] blocks) => new()
    {
        Slug = "s", Heading = heading, Level = 1, Ordinal = 1, Path = "s", SourceLine = 1, Blocks = blocks,
    };

    [Theory]
    [InlineData("")]
    [InlineData("…  — ; 1234 ¶")]
    [InlineData("<script>alert('Okinawa')</script>")]
    [InlineData("based basement imports important Chinaware")]
    public void Any_text_gets_at_least_one_topic(string text)
    {
        var topics = Enricher.Enrich(EditionOf(SectionOf(null, Paragraph("p1", text)))).Topics;
        topics.Should().NotBeEmpty().And.OnlyContain(t => t.BlockAnchor == "p1");
    }

    [Fact]
    public void A_paragraph_with_no_term_gets_the_fallback_topic_with_score_zero()
    {
        var topics = Enricher.Enrich(EditionOf(SectionOf(null, Paragraph("p1", "based basement important Chinaware")))).Topics;
        topics.Should().ContainSingle().Which.Should().BeEquivalentTo(new TopicAssignment("alliance-and-security", "p1", 0, []));
    }

    [Fact]
    public void A_table_without_caption_or_headings_still_gets_a_topic()
    {
        var table = new Block
        {
            Kind = BlockKind.Table, Anchor = "t1", Ordinal = 1, Text = "China\t1", Markup = "China\t1", Html = "", FirstLine = 1, LastLine = 1,
            Table = new Table(null, null, null, [new TableCell(0, 0, "China", false, false), new TableCell(0, 1, "1", false, false)]),
        };
        var topics = Enricher.Enrich(EditionOf(SectionOf(null, table))).Topics;
        topics.Should().ContainSingle().Which.Topic.Should().Be(TopicTaxonomy.Default.FallbackSlug, "row labels are not read as the table's subject");
    }

    [Fact]
    public void A_very_long_paragraph_counts_each_term_at_most_three_times()
    {
        string text = string.Concat(Enumerable.Repeat("Okinawa hosts U.S. bases; tariffs rose. ", 2_000));
        var topics = Enricher.Enrich(EditionOf(SectionOf("Trade", Paragraph("p1", text)))).Topics;
        topics.Select(t => t.Topic).Should().Contain(["okinawa-and-bases", "trade-and-tariffs"]);
        topics.Single(t => t.Topic == "okinawa-and-bases").Score.Should().Be(3 * 3 + 3 * 3, "each term counts at most three times");
    }
}
