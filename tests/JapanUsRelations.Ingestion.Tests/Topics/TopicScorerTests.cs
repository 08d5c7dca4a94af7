using JapanUsRelations.Ingestion.Enrichment.Topics;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class TopicScorerTests
{
    private static readonly TopicScorer Scorer = new(new TermMatcher(TopicTaxonomy.Default));

    [Fact]
    public void A_run_in_heading_alone_puts_its_paragraph_on_the_topic()
    {
        const string text = "Since 2020, Tokyo and Beijing have largely managed to keep tensions from escalating.";
        var withoutHeading = Scorer.Score(text.Replace("Beijing", "the capital", StringComparison.Ordinal), null, null);
        var withHeading = Scorer.Score(text.Replace("Beijing", "the capital", StringComparison.Ordinal), "China", "Regional Relations");
        withoutHeading.Should().NotContain(s => s.Topic == "china");
        withHeading.Single(s => s.Topic == "china").Should().BeEquivalentTo(new TopicScore("china", 3, ["China (heading)"]), "heading terms count with factor 1");
    }

    [Fact]
    public void A_parent_heading_counts_half()
    {
        var scores = Scorer.Score("The three leaders announced new initiatives.", "Initiatives", "South Korea");
        scores.Single(s => s.Topic == "south-korea").Score.Should().Be(1.5);
    }

    [Fact]
    public void A_term_counts_at_most_three_times()
    {
        var scores = Scorer.Score("Okinawa, Okinawa, Okinawa, Okinawa, Okinawa.", null, null);
        scores.Single(s => s.Topic == "okinawa-and-bases").Score.Should().Be(9);
    }

    [Fact]
    public void The_2018_paragraph_on_defense_cooperation_scores_alliance_highest_and_finds_futenma()
    {
        // 2018 CRS summary, last paragraph (verbatim).
        const string text = "In the past decade, U.S.-Japan defense cooperation has improved and evolved in response to security challenges, such as the North Korean missile threat and the confrontation between Japan and China over disputed islands. Abe accelerated the trend by passing controversial security legislation in 2015. Much of the implementation of the laws, as well as of U.S.-Japan defense guidelines updated the same year, lies ahead, and full realization of the goals to transform alliance coordination could require additional political capital and effort. Additional concerns remain about the implementation of an agreement to relocate the controversial Futenma base on Okinawa.";
        var scores = Scorer.Score(text, null, null);
        scores[0].Topic.Should().Be("alliance-and-security");
        scores[0].Terms.Should().StartWith(["Defense Guidelines", "security legislation"]);
        scores.Single(s => s.Topic == "okinawa-and-bases").Terms.Should().BeEquivalentTo(["Okinawa", "Futenma", "base", "relocate"]);
        scores.Should().Contain(s => s.Topic == "north-korea").And.Contain(s => s.Topic == "china");
    }

    [Fact]
    public void Scores_are_ordered_highest_first() =>
        Scorer.Score("Russia and Ukraine. Russia. North Korea.", null, null).Select(s => s.Score).Should().BeInDescendingOrder();
}
