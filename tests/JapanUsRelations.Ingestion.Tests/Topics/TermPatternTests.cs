using JapanUsRelations.Ingestion.Enrichment.Topics;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class TermPatternTests
{
    [Theory]
    [InlineData("base", "Japan provides bases as well as financial and material support", true)]
    [InlineData("base", "The Alliance is based on shared vital interests", false)]
    [InlineData("tariff", "Trump's imposition of tariffs on Japan", true)]
    [InlineData("TPP", "remains committed to the TPP.", true)]
    [InlineData("ally", "treatment of U.S. allies in Europe", true)]
    [InlineData("ally", "mutually agreed realignment", false)]
    [InlineData("host nation support", "a new five-year package of host-nation support", true)]
    [InlineData("host nation support", "host\nnation support", true)]
    [InlineData("Self-Defense Force", "the Japan Self-Defense Forces and American forces", true)]
    [InlineData("China", "the East China Sea", true)]
    [InlineData("China", "Chinaware", false)]
    [InlineData("import", "important", false)]
    [InlineData("North Korea", "countering threats from NORTH KOREA", true)]
    [InlineData("U.S. bases", "environmental stewardship at U.S. bases and", true)]
    [InlineData("Japan's", "Japan’s largest export", true)]
    [InlineData("5G", "5G infrastructure", true)]
    [InlineData("5G", "15G", false)]
    public void Terms_match_whole_words_case_insensitively_with_plurals(string term, string text, bool matches) =>
        TermPattern.For(term).IsMatch(text).Should().Be(matches);

    [Fact]
    public void Regex_characters_in_a_term_are_literal()
    {
        TermPattern.For("(a+)+$").IsMatch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!").Should().BeFalse();
        TermPattern.For("C++").IsMatch("written in C++ code").Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_term_is_refused(string term) =>
        FluentActions.Invoking(() => TermPattern.For(term)).Should().Throw<ArgumentException>();
}
