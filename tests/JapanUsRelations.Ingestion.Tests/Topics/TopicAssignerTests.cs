using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class TopicAssignerTests
{
    private static readonly TopicAssigner Assigner = new(TopicTaxonomy.Default);

    [Fact]
    public void Every_topic_reaching_the_minimum_score_is_assigned()
    {
        var result = Assigner.Assign("p4", [new TopicScore("china", 6, ["China"]), new TopicScore("north-korea", 3, ["North Korea"]), new TopicScore("investment", 2, ["investor"])]);
        result.Select(a => a.Topic).Should().Equal("china", "north-korea");
        result.Should().OnlyContain(a => a.BlockAnchor == "p4");
    }

    [Fact]
    public void Below_the_minimum_the_best_topic_alone_is_assigned()
    {
        var result = Assigner.Assign("p13", [new TopicScore("investment", 1, ["acquire"]), new TopicScore("alliance-and-security", 2, ["embassy"])]);
        result.Should().ContainSingle().Which.Should().BeEquivalentTo(new TopicAssignment("alliance-and-security", "p13", 2, ["embassy"]));
    }

    [Fact]
    public void With_no_term_at_all_the_fallback_topic_is_assigned_with_score_zero()
    {
        var result = Assigner.Assign("p1", []);
        result.Should().ContainSingle().Which.Should().BeEquivalentTo(new TopicAssignment(TopicTaxonomy.Default.FallbackSlug, "p1", 0, []));
    }

    [Fact]
    public void An_empty_anchor_is_refused() =>
        FluentActions.Invoking(() => Assigner.Assign("", [])).Should().Throw<ArgumentException>();
}
