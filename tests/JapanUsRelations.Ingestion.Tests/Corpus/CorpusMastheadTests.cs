using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Layout feature: the provider masthead (title block; "Updated <i>Month D, YYYY</i>" or a first edition's bare date;
/// "(IFnnnnn)" after whitespace). Golden values read from each corpus file.
/// </summary>
public class CorpusMastheadTests
{
    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Masthead_gives_title_date_report_number_series_and_publisher(string name)
    {
        var golden = CorpusGoldens.Of(name);
        var edition = CorpusFiles.Parse(name);

        edition.Title.Should().Be(golden.Title);
        edition.Published.Should().Be(golden.Published);
        edition.DatePrecision.Should().Be(DatePrecision.Day);
        edition.DateInferred.Should().BeFalse("the masthead states the date");
        edition.ReportNumber.Should().Be(golden.ReportNumber);
        edition.Series.Should().Be(golden.Series);
        edition.Publisher.Should().Be("Congressional Research Service");
        edition.Kind.Should().Be(EditionKind.Report);
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void The_masthead_is_not_body_text(string name)
    {
        var golden = CorpusGoldens.Of(name);
        var edition = CorpusFiles.Parse(name);
        string dateline = golden.Published.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);

        edition.AllSections().Select(s => s.Heading).Should().NotContain(golden.Title);
        var texts = edition.AllBlocks().Select(b => b.Block.Text).ToList();
        texts.Should().NotContain(golden.Title, "the title block is metadata");
        texts[0].Should().NotStartWith(golden.Title);
        texts.Should().NotContain(t => t.Contains($"({golden.ReportNumber})", StringComparison.Ordinal), "the report number line is metadata");
        texts.Should().NotContain(t => t.StartsWith(dateline, StringComparison.Ordinal) || t.StartsWith("Updated " + dateline, StringComparison.Ordinal), "the date line is metadata");
    }

    [SkippableFact]
    public void A_first_edition_prints_the_bare_date_and_is_still_dated_by_its_masthead()
    {
        // IN12668v2's masthead reads "March 12, 2026 (IN12668)", without "Updated".
        var edition = CorpusFiles.Parse("IN12668v2");
        edition.Published.Should().Be(new DateOnly(2026, 3, 12));
        edition.DateInferred.Should().BeFalse();
        edition.Id.Should().Contain("2026-03-12");
    }

    [SkippableFact]
    public void The_title_block_is_trimmed()
    {
        // IF11755v20's title block ends in a space: "<div>The Marine Corps' Amphibious Combat Vehicle </div>".
        CorpusFiles.Parse("IF11755v20").Title.Should().Be("The Marine Corps' Amphibious Combat Vehicle");
    }

    [SkippableFact]
    public void The_format_is_found_from_the_content_not_the_file_name()
    {
        // The same HTML under a .txt name is still provider HTML.
        var bytes = File.ReadAllBytes(CorpusFiles.PathOf("IF12760v7"));
        var edition = EditionParser.Parse(new Reading.SeedFile("russia-north-korea.txt", bytes), manifest: null);
        CorpusOutline.Of(edition).Should().Equal(CorpusGoldens.Of("IF12760v7").Outline);
        edition.ReportNumber.Should().Be("IF12760");
    }
}
