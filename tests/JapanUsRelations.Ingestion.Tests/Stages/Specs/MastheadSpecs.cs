using JapanUsRelations.Ingestion.Model;
namespace JapanUsRelations.Ingestion.Tests.Stages.Specs;

/// <summary>
/// Masthead layouts (issue 10): each spec pairs a small input with the metadata it must give. Layout features:
/// HTML title block with "Updated &lt;date&gt;" and "(IFnnnnn)" on one element with whitespace between; a first edition
/// (date alone); text with the dateline before the title; title and dateline on one line set apart by spaces; the
/// report number on a line of its own in parentheses; every CRS product prefix.
/// </summary>
public class MastheadSpecs
{
    [Fact]
    public void Html_title_block_then_updated_date_and_number_with_whitespace_between()
    {
        var edition = SpecParse.Parse("""
            <div><div>The Debt Limit</div>
            <div>
            <div>Updated September 21, 2026
                        (IF10292)
                      </div>
            </div>
            <div><h2>Overview</h2><p>The debt limit places a statutory constraint.</p></div></div>
            """);
        edition.Title.Should().Be("The Debt Limit");
        edition.Published.Should().Be(new DateOnly(2026, 9, 21));
        edition.DatePrecision.Should().Be(DatePrecision.Day);
        edition.DateInferred.Should().BeFalse();
        edition.ReportNumber.Should().Be("IF10292");
        edition.Series.Should().Be("CRS In Focus");
        edition.Publisher.Should().Be("Congressional Research Service");
        edition.SourceFormat.Should().Be("html");
        SpecParse.Outline(edition).Should().Be("## Overview\n  p: The debt limit places a statutory constraint.");
    }

    [Fact]
    public void Html_first_edition_prints_the_date_alone()
    {
        var edition = SpecParse.Parse("""
            <div><div>U.S. Military Operations Against Iran</div>
            <div><div>March 12, 2026
                        (IN12668)
                      </div></div>
            <div><p>Congress has expressed interest in 2031 plans.</p></div></div>
            """);
        edition.Published.Should().Be(new DateOnly(2026, 3, 12));
        edition.DateInferred.Should().BeFalse("a dateline exists, so the latest year mentioned (2031) is never taken");
        edition.ReportNumber.Should().Be("IN12668");
        edition.Series.Should().Be("CRS Insight");
    }

    [Theory]
    [InlineData("IF10199", "CRS In Focus")]
    [InlineData("IN12669", "CRS Insight")]
    [InlineData("R45208", "CRS Report")]
    [InlineData("RL33436", "CRS Report")]
    [InlineData("RS22570", "CRS Report")]
    [InlineData("LSB11234", "CRS Legal Sidebar")]
    public void Every_crs_product_prefix_names_its_series(string number, string series)
    {
        var edition = SpecParse.Parse($"Some Product\n\nUpdated May 1, 2026 ({number})\n\nOverview\n\nA paragraph of text.\n", "spec.txt");
        edition.ReportNumber.Should().Be(number);
        edition.Series.Should().Be(series);
        edition.Publisher.Should().Be("Congressional Research Service");
        edition.Id.Should().Be("2026-05-01");
    }

    [Fact]
    public void Text_title_and_dateline_on_one_line_set_apart_by_spaces()
    {
        var edition = SpecParse.Parse("U.S.-Japan Relations        Updated March 3, 2026\n\nOverview\n\nJapan is an ally.\n", "spec.txt");
        edition.Title.Should().Be("U.S.-Japan Relations");
        edition.Published.Should().Be(new DateOnly(2026, 3, 3));
        edition.DateInferred.Should().BeFalse();
    }

    [Fact]
    public void Text_masthead_block_of_title_dateline_and_number_in_parentheses()
    {
        var edition = SpecParse.Parse("U.S.-Japan Relations\nUpdated March 3, 2026\n(IF10199)\n\nOverview\n\nJapan is an ally since 1952, through 2030.\n", "spec.txt");
        edition.Title.Should().Be("U.S.-Japan Relations");
        edition.Published.Should().Be(new DateOnly(2026, 3, 3));
        edition.ReportNumber.Should().Be("IF10199");
        edition.Publisher.Should().Be("Congressional Research Service");
        edition.AllSections().Select(s => s.Heading).Should().Equal("Overview");
    }

    [Fact]
    public void Text_dateline_with_the_number_on_its_own_line()
    {
        var edition = SpecParse.Parse("\n\nUpdated June 9, 2026 (IF10199)\n\nU.S.-Japan Relations\n\nOverview\n\nJapan is an ally.\n", "spec.txt");
        edition.Title.Should().Be("U.S.-Japan Relations");
        edition.Published.Should().Be(new DateOnly(2026, 6, 9));
        edition.ReportNumber.Should().Be("IF10199");
        edition.AllSections().Select(s => s.Heading).Should().Equal("Overview");
    }

    [Theory]
    [InlineData("Updated February 30, 2026", 3)]
    [InlineData("Updated February 29, 2025", 3)]
    [InlineData("April 31, 2026", 3)]
    [InlineData("Updated March 0, 2026", 3)]
    [InlineData("Updated March 99, 2026", 3)]
    [InlineData("January 1, 0000", 3)]
    public void An_impossible_dateline_is_a_clear_error_naming_file_and_line(string dateline, int line)
    {
        var act = () => SpecParse.Parse($"A Title\n\n{dateline}\n\nOverview\n\nA paragraph.\n", "bad.txt");
        act.Should().Throw<SeedFormatException>()
            .Where(e => e.File == "bad.txt" && e.Line == line && e.Message.Contains("impossible date", StringComparison.Ordinal));
    }

    [Fact]
    public void February_29_of_a_leap_year_is_a_real_day()
    {
        SpecParse.Parse("A Title\n\nUpdated February 29, 2028\n\nOverview\n\nA paragraph.\n", "spec.txt").Published.Should().Be(new DateOnly(2028, 2, 29));
    }
}
