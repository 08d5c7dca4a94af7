using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>Citations of real editions against strings written by hand from the seeds' bylines and mastheads.</summary>
public class CitationFormatTests
{
    private static readonly Uri Site = new("https://editions.example/");

    private static readonly CitationService Service = new(new FixedTime(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero)), new SiteAddress(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));

    private static Citation Cite(string edition, string? section = null, string? anchor = null)
    {
        var e = ParsedEditions.Get(edition);
        var s = section is null ? null : e.AllSections().Single(x => x.Slug == section);
        var b = anchor is null ? null : s!.Blocks.Single(x => x.Anchor == anchor);
        return Service.For(e, s, b, Site);
    }

    [Fact]
    public void The_2026_crs_edition_is_cited_with_its_four_authors_report_number_and_date()
    {
        var citation = Cite("2026-02-05");
        citation.Permalink.Should().Be("https://editions.example/editions/2026-02-05");
        citation.Link.Should().Be(citation.Permalink);
        citation.Chicago.Should().Be(
            "Manyin, Mark E., Cathleen D. Cimino-Isaacs, Kyla H. Kitamura, and Daniel J. Longo. \"U.S.-Japan Relations.\" CRS In Focus IF10199. " +
            "Congressional Research Service, February 5, 2026. Accessed March 1, 2026. https://editions.example/editions/2026-02-05.");
        citation.Apa.Should().Be(
            "Manyin, M. E., Cimino-Isaacs, C. D., Kitamura, K. H., & Longo, D. J. (2026, February 5). U.S.-Japan Relations (CRS In Focus No. IF10199). " +
            "Congressional Research Service. Retrieved March 1, 2026, from https://editions.example/editions/2026-02-05");
        citation.BibTex.Should().Be(
            """
            @techreport{manyin2026,
              author = {Manyin, Mark E. and Cimino-Isaacs, Cathleen D. and Kitamura, Kyla H. and Longo, Daniel J.},
              title = {{U.S.-Japan Relations}},
              institution = {Congressional Research Service},
              type = {CRS In Focus},
              number = {IF10199},
              year = 2026,
              month = feb,
              url = {https://editions.example/editions/2026-02-05},
              urldate = {2026-03-01},
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_paragraph_of_the_2026_edition_is_cited_by_section_and_its_number_within_the_section_and_linked_with_a_text_fragment()
    {
        var citation = Cite("2026-02-05", "china", "p9");
        citation.Permalink.Should().Be("https://editions.example/editions/2026-02-05/china#p9");
        citation.Link.Should().Be("https://editions.example/editions/2026-02-05/china#p9:~:text=After%20entering%20office%20in,to%20the%20Taiwan%20Strait.");
        citation.Chicago.Should().Be(
            "Manyin, Mark E., Cathleen D. Cimino-Isaacs, Kyla H. Kitamura, and Daniel J. Longo. \"China,\" para. 1. In U.S.-Japan Relations. CRS In Focus IF10199. " +
            "Congressional Research Service, February 5, 2026. Accessed March 1, 2026. https://editions.example/editions/2026-02-05/china#p9.");
        citation.Apa.Should().Be(
            "Manyin, M. E., Cimino-Isaacs, C. D., Kitamura, K. H., & Longo, D. J. (2026, February 5). China, para. 1. In U.S.-Japan Relations (CRS In Focus No. IF10199). " +
            "Congressional Research Service. Retrieved March 1, 2026, from https://editions.example/editions/2026-02-05/china#p9");
        citation.BibTex.Should().StartWith("@techreport{manyin2026-china-p9,\n").And.Contain("  note = {Section \"China\", para. 1},\n");
    }

    [Fact]
    public void The_2024_edition_names_its_own_byline_with_caitlin_campbell()
    {
        var citation = Cite("2024-11-05");
        citation.Chicago.Should().Be(
            "Manyin, Mark E., Caitlin Campbell, Cathleen D. Cimino-Isaacs, and Kyla H. Kitamura. \"U.S.-Japan Relations.\" CRS In Focus IF10199. " +
            "Congressional Research Service, November 5, 2024. Accessed March 1, 2026. https://editions.example/editions/2024-11-05.");
        citation.Apa.Should().Be(
            "Manyin, M. E., Campbell, C., Cimino-Isaacs, C. D., & Kitamura, K. H. (2024, November 5). U.S.-Japan Relations (CRS In Focus No. IF10199). " +
            "Congressional Research Service. Retrieved March 1, 2026, from https://editions.example/editions/2024-11-05");
    }

    [Fact]
    public void The_state_department_fact_sheet_has_no_byline_so_the_bureau_is_the_author()
    {
        var citation = Cite("2016-03-11");
        citation.Chicago.Should().Be(
            "U.S. Department of State, Bureau of East Asian and Pacific Affairs. \"U.S. Relations With Japan.\" Fact Sheet. March 11, 2016. " +
            "Accessed March 1, 2026. https://editions.example/editions/2016-03-11.");
        citation.Apa.Should().Be(
            "U.S. Department of State, Bureau of East Asian and Pacific Affairs. (2016, March 11). U.S. Relations With Japan [Fact Sheet]. " +
            "Retrieved March 1, 2026, from https://editions.example/editions/2016-03-11");
        citation.BibTex.Should().Be(
            """
            @techreport{us2016,
              author = {{U.S. Department of State, Bureau of East Asian and Pacific Affairs}},
              title = {{U.S. Relations With Japan}},
              institution = {U.S. Department of State, Bureau of East Asian and Pacific Affairs},
              type = {Fact Sheet},
              year = 2016,
              month = mar,
              url = {https://editions.example/editions/2016-03-11},
              urldate = {2026-03-01},
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_section_of_the_fact_sheet_is_cited_as_a_part_of_it()
    {
        Cite("2016-03-11", "bilateral-economic-relations").Chicago.Should().Be(
            "U.S. Department of State, Bureau of East Asian and Pacific Affairs. \"Bilateral Economic Relations.\" In U.S. Relations With Japan. Fact Sheet. " +
            "March 11, 2016. Accessed March 1, 2026. https://editions.example/editions/2016-03-11/bilateral-economic-relations.");
    }

    [Fact]
    public void The_2018_summary_gives_only_its_year_and_the_undated_reference_says_no_date()
    {
        Cite("2018").Chicago.Should().Be(
            "Congressional Research Service. \"Japan-U.S. Relations.\" 2018. Accessed March 1, 2026. https://editions.example/editions/2018.");
        Cite("2018").Apa.Should().Be(
            "Congressional Research Service. (2018). Japan-U.S. Relations. Retrieved March 1, 2026, from https://editions.example/editions/2018");
        Cite("japan-united-states-relations").Chicago.Should().Be(
            "\"Japan–United States relations.\" Online encyclopedia (unattributed), n.d. Accessed March 1, 2026. https://editions.example/editions/japan-united-states-relations.");
        Cite("japan-united-states-relations").Apa.Should().Be(
            "Japan–United States relations. (n.d.). Online encyclopedia (unattributed). Retrieved March 1, 2026, from https://editions.example/editions/japan-united-states-relations");
        Cite("japan-united-states-relations").BibTex.Should().StartWith("@misc{japanunitednd,\n").And.Contain("howpublished = {Online encyclopedia (unattributed)}").And.NotContain("author");
    }

    [Fact]
    public void The_accessed_date_is_the_clocks_utc_day()
    {
        var late = new CitationService(new FixedTime(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(-5))), new SiteAddress(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));
        late.For(ParsedEditions.Get("2018"), null, null, Site).Work.AccessedDate.Should().Be("March 2, 2026");
    }

    [Fact]
    public void Hostile_metadata_is_escaped_in_bibtex_and_kept_as_text_elsewhere()
    {
        var hostile = ParsedEditions.Get("2026-02-05") with
        {
            Title = "R&D {50%} $5 #1 under_score \\end",
            Authors = [new Author(1, "Jean-Paul Sartre Jr.", null)],
        };
        var citation = Service.For(hostile, null, null, Site);
        citation.BibTex.Should().Contain(@"title = {{R\&D \{50\%\} \$5 \#1 under\_score \textbackslash{}end}}");
        citation.BibTex.Should().Contain("author = {Sartre, Jean-Paul, Jr.}");
        citation.Apa.Should().StartWith("Sartre, J.-P., Jr. (2026, February 5). R&D {50%} $5 #1 under_score \\end (CRS In Focus No. IF10199).");
        citation.Chicago.Should().StartWith("Sartre, Jean-Paul, Jr. \"R&D {50%} $5 #1 under_score \\end.\"");
    }

    [Fact]
    public void A_block_cannot_be_cited_without_its_section()
    {
        var edition = ParsedEditions.Get("2018");
        var act = () => Service.For(edition, null, edition.Sections[0].Blocks[0], Site);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_paragraph_is_numbered_within_its_section_not_across_the_edition()
    {
        // 2024 "Overview" (seed lines 9-13) has two paragraphs, p1 and p2; "Japan's Uncertain Political Course" follows
        // with its first paragraph, p3 of the edition.
        Cite("2024-11-05", "overview", "p2").Work.Locator.Should().Be("para. 2");
        var political = ParsedEditions.Get("2024-11-05").AllSections().Single(s => s.Heading == "Japan's Uncertain Political Course");
        var first = political.Blocks.First(b => b.Kind == BlockKind.Paragraph);
        first.Anchor.Should().Be("p3");
        Service.For(ParsedEditions.Get("2024-11-05"), political, first, Site).Chicago.Should().Contain("\"Japan's Uncertain Political Course,\" para. 1. In U.S.-Japan Relations.");
    }

    [Fact]
    public void An_untitled_opening_section_is_described_not_cited_as_a_title()
    {
        // The 2018 summary has no headings: its text is one untitled section; its second paragraph begins "Bilateral tensions".
        var edition = ParsedEditions.Get("2018");
        var lead = edition.Sections[0];
        lead.Heading.Should().BeNull();
        var second = lead.Blocks.Where(b => b.Kind == BlockKind.Paragraph).ElementAt(1);
        second.Text.Should().StartWith("Bilateral tensions have arisen in 2018");
        var citation = Service.For(edition, lead, second, Site);
        citation.Chicago.Should().Be(
            $"Congressional Research Service. Untitled opening section, para. 2. In Japan-U.S. Relations. 2018. Accessed March 1, 2026. https://editions.example/editions/2018/{lead.Slug}#{second.Anchor}.");
        citation.Apa.Should().StartWith("Congressional Research Service. (2018). Untitled opening section, para. 2. In Japan-U.S. Relations.");
        citation.BibTex.Should().Contain("  note = {Untitled opening section, para. 2},\n");
        foreach (string style in new[] { citation.Chicago, citation.Apa, citation.BibTex })
        {
            style.Should().NotContain("Introduction");
        }
    }

    [Fact]
    public void A_field_has_rows_for_its_whole_text_so_the_url_shows_without_scrolling()
    {
        CiteTarget.Rows("short").Should().Be(1);
        CiteTarget.Rows(new string('x', CiteTarget.CharactersPerLine + 1)).Should().Be(2);
        CiteTarget.Rows("a\nb\nc").Should().Be(3);
        var citation = Cite("2026-02-05", "china", "p9");
        (CiteTarget.Rows(citation.Link) * CiteTarget.CharactersPerLine).Should().BeGreaterThanOrEqualTo(citation.Link.Length);
    }
}
