using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Stages.Specs;

/// <summary>
/// Markdown as page scrapes of congress.gov write it (issue 10), one layout feature a spec: bold lines as headings,
/// bold-italic run-in heads, Markdown links, a pipe-table stub, a pipe table with cells, stray <c>**</c>, a trailing
/// "Disclaimer:" paragraph.
/// </summary>
public class ScrapedMarkdownSpecs
{
    private const string Masthead = "U.S.-Japan Relations      Updated June 9, 2026 (IF10199)\n\n";

    private static string Outline(string body) => SpecParse.Outline(SpecParse.Parse(Masthead + body, "scraped.md"));

    [Fact]
    public void Bold_lines_are_headings() =>
        Outline("**Overview**\n\nJapan is an ally.\n\n**Regional Relations**\n\nRelations are complex.\n")
            .Should().Be("## Overview\n  p: Japan is an ally.\n## Regional Relations\n  p: Relations are complex.");

    [Fact]
    public void Bold_italic_run_in_heads_make_subsections() =>
        Outline("**Regional Relations**\n\n***China.*** Relations are complex.\n\n**_Taiwan:_** Japan supports stability.\n")
            .Should().Be("## Regional Relations\n### China [run-in]\n  p: Relations are complex.\n### Taiwan [run-in]\n  p: Japan supports stability.");

    [Fact]
    public void Markdown_links_render_as_links_to_http_targets_only()
    {
        var block = SpecParse.Parse(Masthead + "**Overview**\n\nSee [R45208](https://www.congress.gov/crs-product/R45208) and [this](javascript:alert(1)).\n", "s.md")
            .AllBlocks().Single().Block;
        block.Text.Should().Be("See R45208 and this.");
        block.Html.Should().Be("See <a href=\"https://www.congress.gov/crs-product/R45208\" rel=\"nofollow noopener\">R45208</a> and <a>this</a>.");
    }

    [Fact]
    public void A_pipe_table_stub_with_no_words_is_set_aside_and_a_stray_double_star_stays_text() =>
        Outline("**Overview**\n\n| | |\n|---|---|\n\nSome text with a stray ** marker.\n")
            .Should().Be("## Overview\n  p: Some text with a stray ** marker.");

    [Fact]
    public void A_pipe_table_with_cells_is_a_table() =>
        Outline("**Trade**\n\n| Partner | 2024 |\n|---|---:|\n| Canada | 762 |\n")
            .Should().Be("## Trade\n  t: Partner | 2024 / Canada | 762");

    [Fact]
    public void A_trailing_disclaimer_paragraph_is_a_note_not_body_text()
    {
        var edition = SpecParse.Parse(Masthead + "**Overview**\n\nJapan is an ally.\n\nDisclaimer: This document was prepared by the Congressional Research Service (CRS).\n", "s.md");
        SpecParse.Outline(edition).Should().Be("## Overview\n  p: Japan is an ally.");
        edition.Notes.Should().ContainSingle(n => n.Kind == "disclaimer").Which.Text.Should().StartWith("Disclaimer: This document");
    }
}
