using System.Text.Json;
using JapanUsRelations.Ingestion.Enrichment.Topics;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class TopicTaxonomyTests
{
    [Fact]
    public void The_taxonomy_has_the_thirteen_agreed_slugs_in_display_order() =>
        TopicTaxonomy.Default.Topics.Select(t => t.Slug).Should().Equal(
            "okinawa-and-bases", "defense-spending", "trade-and-tariffs", "china", "south-korea", "north-korea", "domestic-politics",
            "science-and-technology", "history-of-the-alliance", "alliance-and-security", "investment", "russia-and-ukraine",
            "multilateral-cooperation");

    [Fact]
    public void Every_topic_has_a_name_a_one_line_description_and_terms()
    {
        TopicTaxonomy.Default.Topics.Should().OnlyContain(t =>
            t.Name.Length > 0 && t.Description.Length > 20 && t.Description.Length < 200 && !t.Description.Contains('\n', StringComparison.Ordinal) && t.Terms.Count > 0);
        TopicTaxonomy.Default.Find("china")!.Terms.Should().Contain(new TopicTerm("PRC", 3));
        TopicTaxonomy.Default.MinScore.Should().Be(3);
        TopicTaxonomy.Default.FallbackSlug.Should().Be("alliance-and-security");
    }

    [Theory]
    [InlineData("""{"fallback":"a","topics":[{"slug":"a","name":"A","description":"d","terms":{"x":1}},{"slug":"a","name":"B","description":"d","terms":{"y":1}}]}""")]
    [InlineData("""{"fallback":"b","topics":[{"slug":"a","name":"A","description":"d","terms":{"x":1}}]}""")]
    [InlineData("""{"fallback":"a","topics":[{"slug":"a","name":"A","description":"d","terms":{"x":-1}}]}""")]
    [InlineData("""{"fallback":"a","topics":[{"slug":"a","name":"A","description":"d","terms":{}}]}""")]
    [InlineData("""{"fallback":"A B","topics":[{"slug":"A B","name":"A","description":"d","terms":{"x":1}}]}""")]
    [InlineData("""{"fallback":"a","topics":[{"slug":"a","description":"d","terms":{"x":1}}]}""")]
    [InlineData("""{"fallback":"a","minScore":0,"topics":[{"slug":"a","name":"A","description":"d","terms":{"x":1}}]}""")]
    [InlineData("""{"fallback":"a"}""")]
    public void A_broken_taxonomy_is_refused_with_a_reason(string json) =>
        FluentActions.Invoking(() => TopicTaxonomy.Parse(json)).Should().Throw<FormatException>().WithMessage("*");

    [Fact]
    public void Text_that_is_not_json_is_refused() =>
        FluentActions.Invoking(() => TopicTaxonomy.Parse("topics: []")).Should().Throw<JsonException>();

    [Fact]
    public void A_small_valid_taxonomy_parses()
    {
        var taxonomy = TopicTaxonomy.Parse("""{"fallback":"a","minScore":2,"topics":[{"slug":"a","name":"A","description":"The a topic.","terms":{"apple":2,"pear":1}}]}""");
        taxonomy.Topics.Should().ContainSingle().Which.Terms.Should().Equal(new TopicTerm("apple", 2), new TopicTerm("pear", 1));
        taxonomy.MinScore.Should().Be(2);
    }
}
