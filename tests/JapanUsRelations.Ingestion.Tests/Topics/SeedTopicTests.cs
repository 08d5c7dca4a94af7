using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Topics;

/// <summary>Topics on the real seeds, parsed by the default pipeline.</summary>
public class SeedTopicTests
{
    private static IEnumerable<string> AnchorsOn(string editionId, string topic) =>
        Seeds.Edition(editionId).Topics.Where(t => t.Topic == topic).Select(t => t.BlockAnchor);

    [Fact]
    public void Every_body_paragraph_and_table_of_every_edition_has_at_least_one_topic()
    {
        foreach (var edition in Seeds.All)
        {
            var anchors = edition.AllBlocks().Select(b => b.Block.Anchor).ToList();
            anchors.Should().NotBeEmpty();
            anchors.Should().OnlyContain(a => edition.Topics.Any(t => t.BlockAnchor == a), $"every block of {edition.Id} is on some topic");
            edition.Topics.Select(t => t.BlockAnchor).Should().BeSubsetOf(anchors, "assignments name real blocks");
        }
    }

    [Theory]
    [InlineData("2016-03-11", "p2")]
    [InlineData("2018", "p5")]
    [InlineData("2024-11-05", "p5")]
    [InlineData("2026-02-05", "p7")]
    [InlineData("japan-united-states-relations", "p14")]
    public void Okinawa_and_the_bases_finds_the_okinawa_passage_of_each_edition(string editionId, string anchor)
    {
        var assignment = Seeds.Edition(editionId).Topics.Single(t => t.Topic == "okinawa-and-bases" && t.BlockAnchor == anchor);
        assignment.Terms.Should().Contain("Okinawa");
        assignment.Score.Should().BeGreaterThanOrEqualTo(TopicTaxonomy.Default.MinScore);
    }

    [Theory]
    [InlineData("2024-11-05")]
    [InlineData("2026-02-05")]
    public void The_trade_figure_table_is_on_trade_and_not_on_china(string editionId)
    {
        var table = Seeds.Edition(editionId).AllBlocks().Single(b => b.Block.Kind == BlockKind.Table).Block;
        table.Table!.Caption.Should().StartWith("Figure 1. Top U.S. Trade Partners");
        var topics = Seeds.Edition(editionId).Topics.Where(t => t.BlockAnchor == table.Anchor).ToList();
        topics.Select(t => t.Topic).Should().Equal("trade-and-tariffs");
        topics[0].Terms.Should().Contain(["trade partner", "U.S. imports", "U.S. exports"]);
    }

    [Fact]
    public void Tariffs_are_a_2026_subject_and_science_a_2016_one()
    {
        AnchorsOn("2026-02-05", "trade-and-tariffs").Should().Contain(["p3", "p12"]);
        Seeds.Edition("2026-02-05").Topics.Where(t => t.Topic == "trade-and-tariffs").SelectMany(t => t.Terms).Should().Contain("tariff");
        AnchorsOn("2016-03-11", "science-and-technology").Should().Contain("p10");
        AnchorsOn("2016-03-11", "trade-and-tariffs").Should().Contain(["p7", "p8", "p9"]);
    }

    [Fact]
    public void Run_in_regional_subsections_land_on_their_country()
    {
        AnchorsOn("2024-11-05", "china").Should().Contain("p7");
        AnchorsOn("2024-11-05", "south-korea").Should().Equal("p2", "p8");
        AnchorsOn("2024-11-05", "russia-and-ukraine").Should().Equal("p9");
        AnchorsOn("2026-02-05", "china").Should().Contain("p9");
        AnchorsOn("2026-02-05", "south-korea").Should().Equal("p10");
        AnchorsOn("2026-02-05", "russia-and-ukraine").Should().BeEmpty("the 2026 edition dropped its Russia and Ukraine passage");
    }

    [Fact]
    public void The_history_of_the_alliance_is_told_by_the_2016_fact_sheet_and_the_encyclopedia()
    {
        AnchorsOn("2016-03-11", "history-of-the-alliance").Should().Equal("p5");
        AnchorsOn("japan-united-states-relations", "history-of-the-alliance").Should().Contain(["p3", "p4", "p17"]);
        AnchorsOn("2024-11-05", "history-of-the-alliance").Should().BeEmpty();
    }

    [Fact]
    public void Every_assignment_explains_itself_with_terms_unless_it_is_the_fallback()
    {
        foreach (var assignment in Seeds.All.SelectMany(e => e.Topics))
        {
            if (assignment.Score > 0)
            {
                assignment.Terms.Should().NotBeEmpty();
            }
            else
            {
                assignment.Topic.Should().Be(TopicTaxonomy.Default.FallbackSlug);
            }
        }
    }

    [Fact]
    public void Enrichment_leaves_the_edition_text_untouched()
    {
        var enricher = new TopicsEnricher();
        var edition = Seeds.Edition("2018") with { Topics = [] };
        var enriched = enricher.Enrich(edition);
        enriched.Sections.Should().BeSameAs(edition.Sections);
        enriched.Topics.Should().BeEquivalentTo(Seeds.Edition("2018").Topics, o => o.WithStrictOrdering());
    }

    [Fact]
    public void An_edition_without_sections_gets_no_topics() =>
        new TopicsEnricher().Enrich(Seeds.Edition("2018") with { Sections = [], Topics = [] }).Topics.Should().BeEmpty();
}
