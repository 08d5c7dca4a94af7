using JapanUsRelations.Ingestion.Model;
namespace JapanUsRelations.Ingestion.Tests.Stages.Specs;

/// <summary>
/// HTML layouts CRS provider HTML has (issue 10), one spec each: a small input beside the outline it must give
/// ("## heading" lines by depth, then "p:", "l:", "t:", "f:" blocks).
/// </summary>
public class HtmlLayoutSpecs
{
    private const string Masthead = "<div><div>A Product</div><div><div>Updated May 1, 2026 (IF10001)</div></div>\n";

    private static string Outline(string body) => SpecParse.Outline(SpecParse.Parse(Masthead + body + "</div>"));

    [Fact]
    public void H2_and_h3_are_sections_and_subsections_with_lead_text_before_them() =>
        Outline("<p>Lead.</p><h2>One</h2><p>A.</p><h3>One a</h3><p>B.</p><h2>Two</h2><p>C.</p>").Should().Be(
            "## (lead)\n  p: Lead.\n## One\n  p: A.\n### One a\n  p: B.\n## Two\n  p: C.");

    [Fact]
    public void Empty_headings_are_dropped_and_their_text_stays_in_the_section() =>
        Outline("<h2>One</h2><p>A.</p><h2><a name=\"_Ref1\"></a></h2><h3> </h3><p>B.</p>").Should().Be("## One\n  p: A.\n  p: B.");

    [Fact]
    public void Headings_with_anchors_inside_words_read_whole() =>
        Outline("<h2>Current Political Condition<a name=\"_Hlk1\"></a>s</h2><p>A.</p>").Should().Be("## Current Political Conditions\n  p: A.");

    [Fact]
    public void Run_in_head_in_strong_tags_split_over_several_tags_makes_a_subsection() =>
        Outline("<h2>Process</h2><p><strong>Initia</strong><strong>tion. </strong>USTR may begin.</p><p>More on it.</p><p><b>Action:</b> It acts.</p>")
            .Should().Be("## Process\n### Initiation [run-in]\n  p: USTR may begin.\n  p: More on it.\n### Action [run-in]\n  p: It acts.");

    [Fact]
    public void A_bold_phrase_without_a_final_period_or_colon_is_not_a_run_in_head() =>
        Outline("<h2>Trade</h2><p><a href=\"#_Ref1\"><strong></strong><strong>Figure 1</strong></a> shows trade.</p>")
            .Should().Be("## Trade\n  p: Figure 1 shows trade.");

    [Fact]
    public void Spans_that_cut_words_in_pieces_join_and_whitespace_runs_read_as_one_space() =>
        Outline("<h2>S</h2><p>Some <span>M</span><span>embers</span>\n        have   raised concerns.</p>").Should().Be("## S\n  p: Some Members have raised concerns.");

    [Fact]
    public void Lists_are_lists_with_one_item_per_li() =>
        Outline("<h2>S</h2><p>Consequences include:</p><ul><li>reduced ability;</li>\n<li>downgrades.</li></ul>")
            .Should().Be("## S\n  p: Consequences include:\n  l: reduced ability; / downgrades.");

    [Fact]
    public void A_data_table_with_its_caption_paragraph_before_it_and_source_and_note_after()
    {
        var edition = SpecParse.Parse(Masthead + """
            <h2>Tax Collections</h2>
            <div><p><a name="_Ref1"></a>Table 1. Excise Tax Revenue</p></div>
            <table><tbody>
            <tr><td><p>Fiscal Year</p></td><td><p>Receipts ($millions)</p></td></tr>
            <tr><td><p>2018</p></td><td><p>$646.8</p></td></tr>
            </tbody></table>
            <p><strong>Source:</strong> Treasury.</p>
            <p><strong>Notes:</strong> Nominal dollars.</p>
            </div>
            """);
        var table = edition.AllBlocks().Single().Block;
        table.Kind.Should().Be(BlockKind.Table);
        table.Anchor.Should().Be("t1");
        table.Table!.Caption.Should().Be("Table 1. Excise Tax Revenue");
        table.Table.RowTexts().Should().BeEquivalentTo(new[] { new[] { "Fiscal Year", "Receipts ($millions)" }, new[] { "2018", "$646.8" } }, o => o.WithStrictOrdering());
        table.Table.Cells.Where(c => c.Row == 0).Should().OnlyContain(c => c.IsHeader);
        table.Table.SourceNote.Should().Be("Source: Treasury.");
        table.Table.Notes.Should().Equal("Notes: Nominal dollars.");
    }

    [Fact]
    public void A_figure_laid_out_as_a_table_is_one_figure_with_caption_source_and_notes_and_no_image()
    {
        var edition = SpecParse.Parse(Masthead + """
            <h2>Debt</h2><p>Text before.</p>
            <table><tbody>
            <tr><td><p><a name="_Ref4"></a>Figure 1. Federal Debt, FY1940-FY2025</p></td></tr>
            <tr><td><img></td></tr>
            <tr><td><p><strong>Source</strong><strong>s</strong><strong>: </strong>OMB and CBO.</p><p><strong>Note:</strong> End of fiscal year.</p></td></tr>
            </tbody></table>
            <p>Text after.</p></div>
            """);
        SpecParse.Outline(edition).Should().Be("## Debt\n  p: Text before.\n  f: Figure 1. Federal Debt, FY1940-FY2025\n  p: Text after.");
        var figure = edition.AllBlocks().Select(b => b.Block).Single(b => b.Kind == BlockKind.Figure);
        figure.Anchor.Should().Be("f1");
        figure.Table!.SourceNote.Should().Be("Sources: OMB and CBO.");
        figure.Table.Notes.Should().Equal("Note: End of fiscal year.");
        figure.Table.Cells.Should().BeEmpty();
    }

    [Fact]
    public void A_text_box_of_one_cell_reads_as_its_paragraphs_under_its_bold_title()
    {
        // A section's blocks come before its subsections, so text after the box stays in the box's subsection:
        // reading order is kept.
        Outline("<h2>S</h2><p>Before.</p><div><table><tbody><tr><td><p><strong>Box </strong><strong>Title</strong></p><p>Inside the box.</p></td></tr></tbody></table></div><p>After.</p>")
            .Should().Be("## S\n  p: Before.\n### Box Title\n  p: Inside the box.\n  p: After.");
    }

    [Fact]
    public void A_bold_sentence_is_a_paragraph_not_a_heading() =>
        Outline("<h2>S</h2><p><strong>This is important.</strong></p>").Should().Be("## S\n  p: This is important.");

    [Fact]
    public void A_run_in_head_whose_period_sits_inside_a_closing_quote_keeps_the_quote() =>
        Outline("<h2>S</h2><p><strong>Tariffs to </strong><strong>\"</strong><strong>Offset Discrimination</strong><strong>.</strong><strong>\"</strong> In August, tariffs rose.</p>")
            .Should().Be("## S\n### Tariffs to \"Offset Discrimination\" [run-in]\n  p: In August, tariffs rose.");

    [Fact]
    public void A_space_at_a_links_edge_stays_between_the_words() =>
        Outline("<h2>S</h2><p>It extends <a href=\"https://a.gov\"><span>far </span></a>to both and might<a href=\"https://b.gov\"><span> </span><span>help</span></a> too.</p>")
            .Should().Be("## S\n  p: It extends far to both and might help too.");

    [Fact]
    public void Links_keep_http_targets_with_rel_nofollow_noopener_and_drop_every_other_target()
    {
        var edition = SpecParse.Parse(Masthead + """
            <h2>S</h2><p>See <a href="https://example.gov/a?x=1&amp;y=2"><span>the law</span></a>, <a href="#_Ref1">Figure 1</a>,
            <a href="javascript:alert(1)">this</a> and <a href="/relative">that</a>.</p></div>
            """);
        var block = edition.AllBlocks().Single().Block;
        block.Text.Should().Be("See the law, Figure 1, this and that.");
        block.Html.Should().Contain("<a href=\"https://example.gov/a?x=1&amp;y=2\" rel=\"nofollow noopener\">the law</a>");
        block.Html.Should().NotContain("javascript").And.NotContain("/relative").And.NotContain("#_Ref1");
    }

    [Fact]
    public void Markdown_characters_in_html_text_are_text() =>
        Outline("<h2>S</h2><p>1. Not a list *or* _emphasis_ [or link](x) &amp;copy; \\ `code`</p>")
            .Should().Be("## S\n  p: 1. Not a list *or* _emphasis_ [or link](x) &copy; \\ `code`");

    [Fact]
    public void Superscripts_and_italics_render_and_read_as_text()
    {
        var block = SpecParse.Parse(Masthead + "<h2>S</h2><p>The 15<sup>th</sup> MEU, <em>Defense News</em>.</p></div>").AllBlocks().Single().Block;
        block.Text.Should().Be("The 15th MEU, Defense News.");
        block.Html.Should().Be("The 15<sup>th</sup> MEU, <i>Defense News</i>.");
    }

    [Fact]
    public void Scripts_styles_and_event_handlers_never_become_text_or_live_markup()
    {
        var block = SpecParse.Parse(Masthead + "<h2>S</h2><script>alert(1)</script><style>p{}</style><p onclick=\"x()\">Safe <b onmouseover=\"y()\">text</b>.</p></div>").AllBlocks().Single().Block;
        block.Text.Should().Be("Safe text.");
        block.Html.Should().Be("Safe <b>text</b>.");
    }

    [Fact]
    public void Format_is_detected_from_content_not_the_file_name()
    {
        var edition = SpecParse.Parse(Masthead + "<h2>S</h2><p>A.</p></div>", "edition.txt");
        edition.SourceFormat.Should().Be("html");
        SpecParse.Parse("A Title\n\nUpdated May 1, 2026\n\nOverview\n\n<b>Bold</b> text.\n", "edition.html").SourceFormat.Should().Be("plain");
    }

    [Fact]
    public void Deep_nesting_is_a_clear_error_naming_the_file()
    {
        string deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>x</p>" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var act = () => SpecParse.Parse(Masthead + "<h2>S</h2>" + deep + "</div>", "deep.html");
        act.Should().Throw<SeedFormatException>().Where(e => e.File == "deep.html");
    }
}
