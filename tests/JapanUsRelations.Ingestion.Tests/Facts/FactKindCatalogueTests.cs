using System.Text;
using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Ingestion.Tests.Facts;

public class FactKindCatalogueTests
{
    [Fact]
    public void The_embedded_catalogue_names_every_kind_the_issue_asks_for()
    {
        FactKindCatalogue.Default.Kinds.Select(k => k.Kind).Should().Contain(
        [
            "us-troops-in-japan", "japan-rank-us-trade-partner", "us-facilities-share-okinawa", "host-nation-support",
            "defense-spending-target", "us-tariff-on-japan", "japan-investment-pledge", "tomahawk-purchase", "prime-minister",
            "us-ambassador-to-japan", "us-imports-from-{row}", "us-exports-to-{row}",
        ]);
        FactKindCatalogue.Default.Kinds.Should().OnlyContain(k => FactKindCatalogue.Topics.Contains(k.Topic) && k.Recognised.Length > 20);
    }

    [Fact]
    public void A_table_kind_is_filled_per_row()
    {
        var kind = FactKindCatalogue.Default.Find("us-imports-from-japan", "Japan");
        kind.Should().NotBeNull();
        kind!.Label.Should().Be("U.S. imports from Japan (Figure 1)");
        FactKindCatalogue.Default.Find("us-imports-from-japan").Should().BeNull("a template instance needs its row");
        FactKindCatalogue.Slug(" U.K. & N. Ireland ").Should().Be("u-k-n-ireland");
    }

    [Theory]
    [InlineData("""{"kinds":[{"kind":"a","label":"A","topic":"no-such-topic","valueType":"count","recognised":"x"}]}""")]
    [InlineData("""{"kinds":[{"kind":"a","label":"A","topic":"china","valueType":"count","before":"(unclosed","recognised":"x"}]}""")]
    [InlineData("""{"kinds":[{"kind":"a","label":"A","topic":"china","valueType":"name","recognised":"x"}]}""")]
    [InlineData("""{"kinds":[{"kind":"a","label":"A","topic":"china","valueType":"count","recognised":"x"},{"kind":"a","label":"A","topic":"china","valueType":"count","recognised":"x"}]}""")]
    public void A_faulty_catalogue_is_refused(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        FluentActions.Invoking(() => FactKindCatalogue.Load(stream)).Should().Throw<InvalidDataException>();
    }
}
