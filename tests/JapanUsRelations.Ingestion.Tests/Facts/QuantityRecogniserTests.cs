using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Ingestion.Tests.Facts;

/// <summary>Sentences copied verbatim from the seeds.</summary>
public class QuantityRecogniserTests
{
    [Fact]
    public void Troops_with_qualifier_and_the_alliance_year_are_found_in_the_2018_sentence()
    {
        var found = QuantityRecogniser.Find("The U.S.-Japan military alliance, formed in 1952, grants the U.S. military the right to base U.S. troops—currently around 50,000 strong—and other military assets on Japanese territory.");
        found.Select(q => (q.Type, q.Text, q.Number, q.Qualifier)).Should().Equal(("year", "1952", 1952m, null), ("count", "around 50,000", 50000m, "around"));
    }

    [Fact]
    public void Percentages_and_fractions_are_normalised_to_shares()
    {
        var found = QuantityRecogniser.Find("About 70% of all facilities and areas used by USFJ and roughly half of U.S. military personnel in Japan are in Okinawa, an island chain comprising less than 1% of Japan's total land area.");
        found.Select(q => (q.Text, q.Number, q.Unit, q.Qualifier)).Should().Equal(
            ("About 70%", 0.7m, "percent", "about"), ("roughly half", 0.5m, "fraction", "roughly"), ("less than 1%", 0.01m, "percent", "less than"));
    }

    [Fact]
    public void Money_keeps_its_scale_and_estimate()
    {
        var found = QuantityRecogniser.Find("To fulfill its goal to acquire a \"counterstrike\" capability, Japan is procuring the Tomahawk Weapon System for an estimated $2.35 billion via the U.S. Foreign Military Sales program.");
        found.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Type = "money", Text = "estimated $2.35 billion", Number = 2_350_000_000m, Unit = "USD", Qualifier = "estimated" });
    }

    [Fact]
    public void Ranks_are_read_from_words_and_numerals()
    {
        var found = QuantityRecogniser.Find("In December 2023, Japan’s Nippon Steel Corporation, the world’s 4th-largest steel producer in 2022, announced it had reached an agreement to acquire the U.S. Steel Corporation, the 27th-largest steel producer.");
        found.Select(q => (q.Type, q.Text, q.Value)).Should().Equal(
            ("month", "December 2023", "2023-12"), ("rank", "4th-largest", "4"), ("year", "2022", "2022"), ("rank", "27th-largest", "27"));
        QuantityRecogniser.Find("Japan is the United States’ fourth-largest overall trading partner, Japanese firms are the second largest source of foreign direct investment in the United States")
            .Select(q => q.Number).Should().Equal(4m, 2m);
    }

    [Fact]
    public void Dates_fiscal_years_ranges_and_decades_are_typed()
    {
        QuantityRecogniser.Find("Buoyed by approval ratings over 60%, Takaichi dissolved the Lower House in late January 2026 and scheduled elections for February 8.")
            .Select(q => (q.Type, q.Value, q.Qualifier)).Should().Equal(("percent", "0.6", "over"), ("month", "2026-01", "late"), ("date", "--02-08", null));
        QuantityRecogniser.Find("His approval ratings were mired in the 20%-30% range since the early 2000s and FY2027 (1895-1945).")
            .Select(q => (q.Type, q.Value)).Should().Equal(("percent", "0.2-0.3"), ("decade", "2000"), ("fiscal-year", "2027"), ("year-range", "1895-1945"));
    }

    [Fact]
    public void Law_numbers_phone_numbers_addresses_and_figure_numbers_are_not_quantities()
    {
        QuantityRecogniser.Find("Japan maintains an embassy in the United States at 2520 Massachusetts Avenue NW, Washington, DC 20008 (tel: 202-238-6700).").Should().BeEmpty();
        QuantityRecogniser.Find("H.Res. 971, H.Con.Res. 71, and S.Res. 547 would condemn China's coercive actions under P.L. 117-169 and Section 232 of the Trade Expansion Act of 1962 (Figure 1), G-20 and G7.").Should().BeEmpty();
    }

    [Fact]
    public void Number_words_count_but_anaphoric_ones_do_not()
    {
        QuantityRecogniser.Find("The two countries have three limited bilateral trade deals: Two took effect in 2020 and the three leaders met.")
            .Select(q => (q.Text, q.Number)).Should().Equal(("three", 3m), ("Two", 2m), ("2020", 2020m));
        QuantityRecogniser.Find("One of the parties may need at least four partners to form a one-seat majority.")
            .Select(q => (q.Text, q.Qualifier, q.Unit)).Should().Equal(("at least four", "at least", "partners"), ("one-seat", null, "seat"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("$ % , . - § FY 99999999999999999999999999999999999 billion")]
    [InlineData("$99999999999999999999999999999 trillion")]
    [InlineData("<script>alert(1)</script> 12% ‮ 5")]
    public void Hostile_text_never_throws_and_every_text_is_verbatim(string sentence)
    {
        var found = QuantityRecogniser.Find(sentence);
        found.Where(q => sentence.Substring(q.Start, q.Text.Length) != q.Text).Should().BeEmpty();
    }
}
