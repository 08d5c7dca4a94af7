using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Facts;

public class VerbatimFactTests
{
    [Fact]
    public void Every_fact_text_occurs_verbatim_in_its_quote_and_the_quote_in_its_block()
    {
        var checkedFacts = 0;
        foreach (var edition in Seeds.All)
        {
            var blocks = edition.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Block.Text, StringComparer.Ordinal);
            foreach (var fact in edition.Facts)
            {
                blocks.Should().ContainKey(fact.BlockAnchor);
                var text = blocks[fact.BlockAnchor];
                fact.Quote.Should().Contain(fact.Text);
                text.Should().Contain(fact.Quote);
                text.Substring(fact.Offset, fact.Text.Length).Should().Be(fact.Text, "the offset points at the fact in its block");
                var quoteAt = text.IndexOf(fact.Quote, StringComparison.Ordinal);
                fact.Offset.Should().BeInRange(quoteAt, quoteAt + fact.Quote.Length - fact.Text.Length, "the fact lies inside its quote");
                checkedFacts++;
            }
        }

        checkedFacts.Should().BeGreaterThan(150);
    }

    [Fact]
    public void Every_quote_is_a_whole_sentence_or_table_row()
    {
        foreach (var fact in Seeds.All.SelectMany(e => e.Facts))
        {
            fact.Quote.Should().NotStartWith(" ").And.NotEndWith(" ");
            if (fact.RowLabel is null)
            {
                fact.Quote.Should().MatchRegex(@"^[\p{Lu}\d(“""$]").And.MatchRegex(@"[.?!”""):]$|[^.]$", fact.Quote);
            }
        }
    }
}
