using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Golden;

/// <summary>Edition metadata as the seeds (and, where they are silent, the manifest) give it.</summary>
public class MetadataTests
{
    [Fact]
    public void Ids_are_iso_dates_a_year_or_a_title_slug()
    {
        Seeds.All.Select(e => e.Id).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05", "japan-united-states-relations");
    }

    [Fact]
    public void Fact_sheet_2016_takes_publisher_series_and_date_from_its_masthead()
    {
        var e = Seeds.Edition("2016-03-11");
        e.Title.Should().Be("U.S. Relations With Japan");
        e.Series.Should().Be("Fact Sheet");
        e.Published.Should().Be(new DateOnly(2016, 3, 11));
        e.DatePrecision.Should().Be(DatePrecision.Day);
        e.Publisher.Should().Contain("Bureau of East Asian and Pacific Affairs");
        e.Authors.Should().BeEmpty();
        e.Kind.Should().Be(EditionKind.Report);
    }

    [Fact]
    public void Summary_2018_is_dated_to_the_year_by_the_manifest()
    {
        var e = Seeds.Edition("2018");
        e.Title.Should().Be("Japan-U.S. Relations");
        e.Publisher.Should().Be("Congressional Research Service");
        e.Published.Should().Be(new DateOnly(2018, 1, 1));
        e.DatePrecision.Should().Be(DatePrecision.Year);
        e.DateInferred.Should().BeFalse();
    }

    [Fact]
    public void In_focus_editions_have_their_bylines_report_number_and_dateline()
    {
        var e2024 = Seeds.Edition("2024-11-05");
        e2024.Title.Should().Be("U.S.-Japan Relations");
        e2024.ReportNumber.Should().Be("IF10199");
        e2024.Series.Should().Be("CRS In Focus");
        e2024.Authors.Should().Equal(
            new Author(1, "Mark E. Manyin", "Coordinator, Specialist in Asian Affairs"),
            new Author(2, "Caitlin Campbell", "Analyst in Asian Affairs"),
            new Author(3, "Cathleen D. Cimino-Isaacs", "Specialist in International Trade and Finance"),
            new Author(4, "Kyla H. Kitamura", "Analyst in International Trade and Finance"));

        var e2026 = Seeds.Edition("2026-02-05");
        e2026.ReportNumber.Should().Be("IF10199");
        e2026.Publisher.Should().Be("Congressional Research Service");
        e2026.DateSource.Should().Contain("Updated February 5, 2026");
        e2026.Authors.Select(a => a.Name).Should().Equal("Mark E. Manyin", "Cathleen D. Cimino-Isaacs", "Kyla H. Kitamura", "Daniel J. Longo");
        e2026.Authors[3].Role.Should().Be("Analyst in Foreign Affairs");
    }

    [Fact]
    public void Disclaimers_and_more_information_lists_are_notes_never_body()
    {
        Seeds.Edition("2026-02-05").Notes.Should().ContainSingle(n => n.Kind == "disclaimer");
        Seeds.Edition("2024-11-05").Notes.Should().ContainSingle(n => n.Kind == "disclaimer");
        var sheet = Seeds.Edition("2016-03-11");
        sheet.Notes.Select(n => n.Kind).Should().Equal("navigation", "further-reading");
        sheet.Notes[1].Items.Should().HaveCount(15).And.StartWith("Department of State Japan Country Page").And.EndWith("Travel and Business Information");
        foreach (var edition in Seeds.All)
        {
            edition.AllBlocks().Should().NotContain(b => b.Block.Text.StartsWith("This document was prepared by", StringComparison.Ordinal)
                || b.Block.Text.StartsWith("More information about", StringComparison.Ordinal)
                || b.Block.Text == "IF10199" || b.Block.Text.Contains("Specialist in Asian Affairs", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Encyclopedia_article_is_an_undated_non_government_reference_with_a_repaired_title()
    {
        var e = Seeds.Edition("japan-united-states-relations");
        e.Kind.Should().Be(EditionKind.Reference);
        e.IsGovernment.Should().BeFalse();
        e.Published.Should().BeNull();
        e.DatePrecision.Should().Be(DatePrecision.None);
        e.Title.Should().Be("Japan–United States relations");
        e.Repairs.Should().Contain(r => r.Kind == "title" && r.Detail.Contains("Japanunited States RelationsEdit", StringComparison.Ordinal) && r.FirstLine == 1);
    }

    [Fact]
    public void Source_file_and_its_sha256_are_recorded()
    {
        var e = Seeds.Edition("2018");
        e.SourceFile.Should().Be("2018-crs-japan-us-relations-summary.txt");
        e.SourceSha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Seeds.Directory, e.SourceFile)))));
        Seeds.Edition("2024-11-05").SourceFormat.Should().Be("markdown");
        Seeds.Edition("2026-02-05").SourceFormat.Should().Be("plain");
    }
}
