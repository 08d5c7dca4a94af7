using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Citations;

namespace JapanUsRelations.Web.Tests.Citations;

public class TextFragmentTests
{
    private static Block Paragraph(string text) => new()
    {
        Kind = BlockKind.Paragraph, Anchor = "p1", Ordinal = 1, Text = text, Markup = text, Html = text, FirstLine = 1, LastLine = 1,
    };

    [Fact]
    public void A_short_paragraph_is_matched_whole()
    {
        TextFragment.For(Paragraph("Japan is an ally.")).Should().Be(":~:text=Japan%20is%20an%20ally.");
    }

    [Fact]
    public void A_long_paragraph_is_matched_by_its_first_and_last_four_words()
    {
        TextFragment.For(Paragraph("one two three four five six seven eight nine ten")).Should().Be(":~:text=one%20two%20three%20four,seven%20eight%20nine%20ten");
    }

    [Fact]
    public void Dashes_commas_and_ampersands_are_encoded_because_they_are_fragment_syntax()
    {
        TextFragment.Encode("U.S.-Japan, R&D").Should().Be("U.S.%2DJapan%2C%20R%26D");
    }

    [Fact]
    public void Tables_and_empty_paragraphs_get_no_fragment()
    {
        TextFragment.For(Paragraph("   ")).Should().BeNull();
        TextFragment.For(Paragraph("x") with { Kind = BlockKind.Table }).Should().BeNull();
    }
}
