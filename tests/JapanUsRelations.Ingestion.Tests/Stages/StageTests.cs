using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Repair;
using JapanUsRelations.Ingestion.Structure;

namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>Single stages, input paired with expected output.</summary>
public class StageTests
{
    [Theory]
    [InlineData("Japan's Political Situation", "japans-political-situation")]
    [InlineData("The U.S.-Japan Military Alliance", "the-us-japan-military-alliance")]
    [InlineData("Trade, technology, and geopolitics", "trade-technology-and-geopolitics")]
    [InlineData("Japan–United States relations", "japan-united-states-relations")]
    [InlineData("!!!", "section")]
    public void Slugger_makes_readable_ascii_slugs(string heading, string slug) => Slugger.Slugify(heading).Should().Be(slug);

    [Fact]
    public void Slugger_makes_repeated_slugs_unique()
    {
        var taken = new HashSet<string>();
        new[] { Slugger.Unique("overview", taken), Slugger.Unique("overview", taken), Slugger.Unique("overview", taken) }
            .Should().Equal("overview", "overview-2", "overview-3");
    }

    [Theory]
    [InlineData("Japanunited States RelationsEdit", "Japan–United States relations are the bilateral ties", "Japan–United States relations")]
    [InlineData("U.S.-Japan Relations", "Japan, a U.S. treaty ally since 1952", "U.S.-Japan Relations")]
    [InlineData("Japan-U.S. Relations", "Japan-U.S. relations have remained strong", "Japan-U.S. Relations")]
    public void Title_repairer_mends_only_damaged_titles(string title, string opening, string expected) =>
        TitleRepairer.Repair(title, opening).Title.Should().Be(expected);

    [Theory]
    [InlineData(@"costs \$2.35 billion", "costs $2.35 billion", "costs $2.35 billion")]
    [InlineData("the 27<sup>th</sup>-largest", "the 27th-largest", "the 27<sup>th</sup>-largest")]
    [InlineData("**Figure 1**", "Figure 1", "<strong>Figure 1</strong>")]
    [InlineData("a <script>alert(1)</script> b", "a <script>alert(1)</script> b", "a &lt;script&gt;alert(1)&lt;/script&gt; b")]
    [InlineData("<b onclick=\"x()\">hi</b>", "<b onclick=\"x()\">hi</b>", "&lt;b onclick=\"x()\"&gt;hi&lt;/b&gt;")]
    [InlineData("“quoted” and \"straight\"", "“quoted” and \"straight\"", "“quoted” and \"straight\"")]
    public void Inline_markup_gives_reading_text_and_allow_listed_html(string markup, string text, string html)
    {
        InlineMarkup.ToText(markup).Should().Be(text);
        InlineMarkup.ToHtml(markup).Should().Be(html);
    }
}
