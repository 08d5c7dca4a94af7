using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Facts;

/// <summary>Facts of the real seeds, as parsed by the default pipeline, against values read off the seeds by hand.</summary>
public class GoldenFactTests
{
    public static TheoryData<HandFact> Found()
    {
        var data = new TheoryData<HandFact>();
        foreach (var fact in HandFacts.All.Except(KnownMisses))
        {
            data.Add(fact);
        }

        return data;
    }

    /// <summary>Hand-listed facts the extractor does not find (documented in docs/facts.md).</summary>
    public static readonly IReadOnlyList<HandFact> KnownMisses = [];

    [Theory]
    [MemberData(nameof(Found))]
    public void Every_hand_listed_fact_is_extracted_with_its_value_unit_and_qualifier(HandFact expected)
    {
        var facts = Seeds.Edition(expected.Edition).Facts.Where(f => f.Kind == expected.Kind && f.Text == expected.Text).ToList();
        facts.Should().NotBeEmpty($"{expected} is stated in the seed");
        facts.Should().Contain(f => f.Value == expected.Value && f.Unit == expected.Unit && f.Qualifier == expected.Qualifier);
    }

    [Fact]
    public void Troops_in_Japan_go_from_around_50000_to_over_50000_to_around_60000()
    {
        Of("us-troops-in-japan").Should().Equal(
            ("2018", "around 50,000", 50000m, "around"), ("2024-11-05", "over 50,000", 50000m, "over"), ("2026-02-05", "around 60,000", 60000m, "around"));
    }

    [Fact]
    public void Japan_falls_from_fourth_to_sixth_largest_us_trading_partner()
    {
        Of("japan-rank-us-trade-partner").Distinct().Should().Equal(
            ("2018", "fourth-largest", 4m, null), ("2024-11-05", "sixth-largest", 6m, null), ("2026-02-05", "sixth-largest", 6m, null));
    }

    [Fact]
    public void The_okinawa_share_of_facilities_is_about_25_percent_in_2024_and_about_70_percent_in_2026()
    {
        Of("us-facilities-share-okinawa").Should().Equal(("2024-11-05", "About 25%", 0.25m, "about"), ("2026-02-05", "About 70%", 0.7m, "about"));
    }

    [Fact]
    public void The_prime_minister_is_abe_then_not_stated_then_takaichi()
    {
        var byEdition = Seeds.All.SelectMany(e => e.Facts.Where(f => f.Kind == "prime-minister").Select(f => (e.Id, f.Value, f.Qualifier))).Distinct();
        // 2024: "In April 2024, then-prime minister Fumio Kishida addressed a Joint Meeting of Congress." names a
        // former holder, so the edition states no prime minister as of its date.
        byEdition.Should().Equal(
            ("2016-03-11", "Abe", null), ("2018", "Shinzo Abe", null),
            ("2026-02-05", "Sanae Takaichi", "current"), ("2026-02-05", "Sanae Takaichi", null));
        Seeds.Edition("2024-11-05").Facts.Should().Contain(f => f.Text == "then-prime minister Fumio Kishida" && f.Kind == null, "the sentence is still a fact, of no catalogue kind");
    }

    [Fact]
    public void A_top_source_is_rank_one_among_the_top_and_from_1910_to_1945_is_one_range()
    {
        var fdi2024 = Seeds.Edition("2024-11-05").Facts.Where(f => f.Kind == "japan-rank-fdi-source").ToList();
        fdi2024.Should().NotBeEmpty().And.OnlyContain(f => f.Text == "top" && f.Number == 1m && f.Qualifier == "among the");
        Seeds.Edition("2026-02-05").Facts.Where(f => f.Kind == "japan-rank-fdi-source").Should().OnlyContain(f => f.Number == 1m && f.Qualifier == null);

        var range = Seeds.Edition("2024-11-05").Facts.Where(f => f.Quote.Contains("from 1910 to 1945", StringComparison.Ordinal) && f.Unit == "years").ToList();
        range.Should().ContainSingle().Which.Should().Match<Fact>(f => f.Text == "from 1910 to 1945" && f.Value == "1910-1945" && f.Kind == "korea-colonization-period");
        Seeds.Edition("2024-11-05").Facts.Should().NotContain(f => f.Quote.Contains("from 1910 to 1945", StringComparison.Ordinal) && (f.Text == "1910" || f.Text == "1945"));
    }

    [Fact]
    public void Figure_1_cells_carry_row_column_unit_and_data_year()
    {
        var japan2024 = Seeds.Edition("2026-02-05").Facts.Single(f => f.Kind == "us-imports-from-japan");
        japan2024.Should().BeEquivalentTo(new
        {
            BlockAnchor = "t1", Text = "192", Number = 192_000_000_000m, Unit = "USD", DataYear = 2024, RowLabel = "Japan", ColumnLabel = "U.S. IMPORTS",
        });
        japan2024.Quote.Should().StartWith("Japan").And.Contain("192").And.Contain("129");
        Seeds.Edition("2024-11-05").Facts.Single(f => f.Kind == "us-exports-to-japan").Should().BeEquivalentTo(new { Text = "120", DataYear = 2023 });
        Seeds.All.SelectMany(e => e.Facts).Count(f => f.RowLabel is not null).Should().Be(24, "two figures of six rows and two columns");
    }

    [Fact]
    public void The_reference_article_has_no_classified_facts_and_a_surname_takes_the_editions_full_name()
    {
        Seeds.Edition("japan-united-states-relations").Facts.Should().OnlyContain(f => f.Kind == null);
        Seeds.Edition("2026-02-05").Facts.Single(f => f.Text == "elected Takaichi as prime minister").Value.Should().Be("Sanae Takaichi");
    }

    [Fact]
    public void Unclassified_quantities_are_kept_with_their_sentence()
    {
        var facts = Seeds.Edition("2024-11-05").Facts;
        facts.Should().Contain(f => f.Kind == null && f.Text == "over 45%" && f.Qualifier == "over" && f.Number == 0.45m);
        facts.Should().Contain(f => f.Kind == null && f.Text == "roughly 70" && f.Unit == "miles" && f.Quote.Contains("Taiwan", StringComparison.Ordinal));
        facts.Should().Contain(f => f.Kind == null && f.Text == "June 1, 2024" && f.Value == "2024-06-01" && f.Unit == "date");
        facts.Should().NotContain(f => f.Text == "118" || f.Text == "1317" || f.Text == "1", "law numbers and figure numbers are no quantities");
    }

    [Fact]
    public void Precision_and_recall_of_classified_facts_against_the_hand_list_are_high()
    {
        var evaluation = FactEvaluation.Of(Seeds.All, HandFacts.All);
        evaluation.Missed.Should().BeEquivalentTo(KnownMisses);
        evaluation.Wrong.Should().BeEmpty();
        evaluation.Recall.Should().BeGreaterThan(0.95);
        evaluation.Precision.Should().Be(1.0);
        HandFacts.All.Select(h => h.Edition).Distinct().Should().HaveCount(4);
        HandFacts.All.Should().HaveCountGreaterThan(20);
    }

    private static IEnumerable<(string Edition, string Text, decimal? Number, string? Qualifier)> Of(string kind) =>
        Seeds.All.Where(e => e.Kind == EditionKind.Report)
            .SelectMany(e => e.Facts.Where(f => f.Kind == kind).Select(f => (e.Id, f.Text, f.Number, f.Qualifier)));
}
