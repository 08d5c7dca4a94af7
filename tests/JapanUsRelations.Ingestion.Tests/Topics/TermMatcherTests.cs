using JapanUsRelations.Ingestion.Enrichment.Topics;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new(TopicTaxonomy.Default);

    [Fact]
    public void The_longest_term_wins_within_a_topic()
    {
        // 2024-11-05, Economic and Trade Issues, p10 (verbatim sentence).
        var hits = Matcher.Match("Japan is a top source of foreign direct investment in the United States.");
        hits.Where(h => h.Topic == "investment").Should().ContainSingle()
            .Which.Should().Be(new TermHit("investment", "foreign direct investment", 3, 1));
    }

    [Fact]
    public void A_word_inside_a_longer_term_of_another_topic_does_not_count()
    {
        var hits = Matcher.Match("Nippon Steel indicated that the deal has been submitted to CFIUS for review.");
        hits.Should().NotContain(h => h.Term == "steel");
        hits.Select(h => h.Term).Should().Contain(["Nippon Steel", "CFIUS"]);
    }

    [Fact]
    public void A_term_shared_by_two_topics_counts_for_both()
    {
        var hits = Matcher.Match("In 2015 the United States and Japan agreed on a new five-year package of host nation support for U.S. forces in Japan.");
        hits.Where(h => h.Term == "host nation support").Select(h => h.Topic).Should().BeEquivalentTo(["okinawa-and-bases", "defense-spending"]);
    }

    [Fact]
    public void Occurrences_are_counted()
    {
        var hits = Matcher.Match("China responded. China is Japan's top trading partner. Beijing and China.");
        hits.Single(h => h.Term == "China").Count.Should().Be(3);
        hits.Single(h => h.Term == "Beijing").Count.Should().Be(1);
    }

    [Fact]
    public void Text_without_any_term_matches_nothing() =>
        Matcher.Match("Washington, DC 20008 (tel: 202-238-6700).").Should().BeEmpty();
}
