using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Provider-HTML layout features the corpus shows too rarely (or not at all), each as a small input beside its
/// expected reading: masthead variants and series by report-number prefix, empty headings, <c>&lt;b&gt;</c> run-in
/// heads, an h3 before any h2, <c>&lt;ol&gt;</c> lists, whitespace in headings.
/// </summary>
public class HtmlLayoutSpecTests
{
    private static Edition Parse(string html, string file = "spec.html") =>
        EditionParser.Parse(new SeedFile(file, System.Text.Encoding.UTF8.GetBytes(html)), manifest: null);

    [Theory]
    [InlineData("Updated May 4, 2027 (IF10199)", "IF10199", "CRS In Focus")]
    [InlineData("Updated May 4, 2027\n   (IN12345)", "IN12345", "CRS Insight")]
    [InlineData("Updated May 4, 2027 (R47574)", "R47574", "CRS Report")]
    [InlineData("Updated May 4, 2027 (RL33436)", "RL33436", "CRS Report")]
    [InlineData("Updated May 4, 2027 (RS22291)", "RS22291", "CRS Report")]
    [InlineData("Updated May 4, 2027 (LSB11234)", "LSB11234", "CRS Legal Sidebar")]
    [InlineData("May 4, 2027 (IF12999)", "IF12999", "CRS In Focus")]
    public void The_report_number_names_the_series_and_the_dateline_the_date(string dateline, string number, string series)
    {
        var edition = Parse(ProviderHtml.Page("<h2>Overview</h2><p>Body text.</p>", title: "A  Report\n  Title", dateline: dateline));
        edition.Title.Should().Be("A Report Title", "whitespace in the title block is collapsed");
        edition.ReportNumber.Should().Be(number);
        edition.Series.Should().Be(series);
        edition.Publisher.Should().Be("Congressional Research Service");
        edition.Published.Should().Be(new DateOnly(2027, 5, 4));
        edition.DatePrecision.Should().Be(DatePrecision.Day);
        edition.DateInferred.Should().BeFalse();
    }

    [Fact]
    public void An_empty_heading_is_dropped_and_what_follows_stays_in_the_current_section()
    {
        var edition = Parse(ProviderHtml.Page("<h2>First</h2><p>One.</p><h2> </h2><p>Two.</p><h3><a name=\"_Ref1\"></a></h3><p>Three.</p><h2>Second</h2><p>Four.</p>"));
        CorpusOutline.Of(edition).Should().Equal("First (3p)", "Second (1p)");
    }

    [Fact]
    public void Content_before_the_first_heading_is_an_untitled_lead_called_introduction()
    {
        var edition = Parse(ProviderHtml.Page("<p>Lead one.</p><p>Lead two.</p><h2>Next</h2><p>Body.</p>"));
        CorpusOutline.Of(edition).Should().Equal("(lead) (2p)", "Next (1p)");
        edition.Sections[0].Slug.Should().Be("introduction");
    }

    [Fact]
    public void An_h3_before_any_h2_is_level_one_and_later_h3s_nest_under_an_h2()
    {
        var edition = Parse(ProviderHtml.Page("<h3>Early</h3><p>a</p><h2>Main</h2><p>b</p><h3>Sub</h3><p>c</p>"));
        CorpusOutline.Of(edition).Should().Equal("Early (1p)", "Main (1p)", "  Sub (1p)");
    }

    [Fact]
    public void Heading_text_is_collapsed_and_trimmed()
    {
        var edition = Parse(ProviderHtml.Page("<h2>\n  Trade <em>and</em>\n   Invest<span>ment</span>  </h2><p>Body.</p>"));
        edition.Sections.Single().Heading.Should().Be("Trade and Investment");
    }

    [Fact]
    public void A_b_run_in_head_ending_in_a_colon_becomes_a_subsection_holding_what_follows()
    {
        var edition = Parse(ProviderHtml.Page("<h2>Issues</h2><p>Intro.</p><p><b>Tariff</b><b>s:</b> rest of it.</p><p>More.</p><ol><li>one</li><li>two</li></ol><p><b>Quotas.</b> Next.</p><h2>After</h2><p>x</p>"));
        CorpusOutline.Of(edition).Should().Equal("Issues (1p)", "  Tariffs [run-in] (2p, 1l)", "  Quotas [run-in] (1p)", "After (1p)");
        var tariffs = edition.AllSections().Single(s => s.Heading == "Tariffs");
        tariffs.Blocks[0].Text.Should().Be("rest of it.");
        tariffs.Blocks[2].Items.Should().Equal("one", "two");
    }

    [Fact]
    public void A_bold_paragraph_with_nothing_after_it_or_no_final_mark_is_not_a_run_in_head()
    {
        var edition = Parse(ProviderHtml.Page("<h2>S</h2><p><strong>Just bold.</strong></p><p><strong>Bold</strong> then text.</p><p>Plain <strong>Mid.</strong> text.</p>"));
        CorpusOutline.Of(edition).Should().Equal("S (3p)");
    }

    [Fact]
    public void A_run_in_head_under_an_h3_sits_one_level_below_it()
    {
        var edition = Parse(ProviderHtml.Page("<h2>Top</h2><p>a</p><h3>Mid</h3><p><strong>Low.</strong> text</p>"));
        CorpusOutline.Of(edition).Should().Equal("Top (1p)", "  Mid (0p)", "    Low [run-in] (1p)");
    }

    [Fact]
    public void Paragraph_whitespace_runs_collapse_to_one_space_and_empty_paragraphs_vanish()
    {
        var edition = Parse(ProviderHtml.Page("<h2>S</h2><p>  one\n\t two   <span> </span>three </p><p>\n</p><p><a name=\"x\"></a></p>"));
        edition.AllBlocks().Select(b => b.Block.Text).Should().Equal("one two three");
    }

    [Theory]
    [InlineData("authority <a href=\"https://example.org/r22\"><span>extends </span></a>to both", "authority extends to both")]
    [InlineData("Russia might<a href=\"https://example.org/s\"><span> </span><span>help</span></a> North Korea", "Russia might help North Korea")]
    [InlineData("some <a href=\"https://example.org/\">observers</a> <a href=\"https://example.org/2\">to</a> voice", "some observers to voice")]
    public void A_space_at_the_edge_of_a_link_still_separates_the_words(string inner, string text)
    {
        // IF11365v4 ("<span>extends </span></a>to") and IF12760v7 ("might<a ...><span> </span><span>help</span></a>").
        var edition = Parse(ProviderHtml.Page($"<h2>S</h2><p>{inner}</p>"));
        edition.AllBlocks().Single().Block.Text.Should().Be(text);
    }

    [Fact]
    public void A_bold_phrase_ending_in_a_period_inside_closing_quotes_is_a_run_in_head()
    {
        // IF12595v33: <strong>Tariffs to </strong><strong>"</strong><strong>Offset Canadian Discrimination</strong><strong>.</strong><strong>"</strong> In August ...
        var edition = Parse(ProviderHtml.Page("<h2>S</h2><p>a</p><p><strong>Tariffs to </strong><strong>\"</strong><strong>Offset</strong><strong>.</strong><strong>\"</strong> In August.</p>"));
        CorpusOutline.Of(edition).Should().Equal("S (1p)", "  Tariffs to \"Offset\" [run-in] (1p)");
        edition.AllSections().Last().Blocks[0].Text.Should().Be("In August.");
    }

    [Fact]
    public void A_one_cell_table_of_prose_with_a_bold_title_is_a_text_box_subsection()
    {
        // IF11346v35's sidebar: <div><table><tr><td><p><strong>Title</strong></p><p>Prose ...</p></td></tr></table></div>.
        var edition = Parse(ProviderHtml.Page("<h2>S</h2><p>a</p><div><table><tbody><tr><td><p><strong>Box </strong><strong>Title</strong></p><p>Box prose.</p></td></tr></tbody></table></div><h2>T</h2><p>b</p>"));
        CorpusOutline.Of(edition).Should().Equal("S (1p)", "  Box Title (1p)", "T (1p)");
        edition.AllSections().Single(x => x.Heading == "Box Title").IsRunIn.Should().BeFalse();
    }
}
