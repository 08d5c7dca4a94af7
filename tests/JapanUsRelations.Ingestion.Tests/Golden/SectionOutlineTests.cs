using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Golden;

/// <summary>Golden outlines written by reading each seed: headings, nesting and paragraph counts.</summary>
public class SectionOutlineTests
{
    [Fact]
    public void Fact_sheet_2016_has_an_untitled_lead_and_six_bare_line_sections()
    {
        Outline.Of(Seeds.Edition("2016-03-11")).Should().Equal(
            "(untitled) (5p)",
            "U.S. Assistance to Japan (1p)",
            "Bilateral Economic Relations (3p)",
            "Science and Technology Cooperation (1p)",
            "Japan's Membership in International Organizations (1p)",
            "Bilateral Representation (2p)");
    }

    [Fact]
    public void Summary_2018_has_no_headings_so_one_untitled_section_of_five_paragraphs()
    {
        Outline.Of(Seeds.Edition("2018")).Should().Equal("(untitled) (5p)");
    }

    [Fact]
    public void In_focus_2024_flattens_inconsistent_markdown_levels_and_lifts_bold_run_in_heads()
    {
        Outline.Of(Seeds.Edition("2024-11-05")).Should().Equal(
            "Overview (2p)",
            "Japan's Uncertain Political Course (1p)",
            "The U.S.-Japan Military Alliance (2p)",
            "Japan Expands Its Defense Posture (1p)",
            "Regional Relations (0p)",
            "  China and Taiwan (1p)",
            "  South Korea (1p)",
            "  Russia and Ukraine (1p)",
            "Economic and Trade Issues (4p, 1t)");
    }

    [Fact]
    public void In_focus_2026_reads_bare_heading_lines_and_plain_run_in_heads()
    {
        Outline.Of(Seeds.Edition("2026-02-05")).Should().Equal(
            "Overview (4p)",
            "Japan's Political Situation (1p)",
            "The U.S.-Japan Military Alliance (2p)",
            "Japan Strengthens Its Defense Posture (1p)",
            "Regional Relations (0p)",
            "  China (1p)",
            "  South Korea (1p)",
            "Economic and Trade Issues (4p, 1t)");
    }

    [Fact]
    public void Encyclopedia_article_splits_one_paragraph_a_line_and_lifts_colon_run_in_heads()
    {
        Outline.Of(Seeds.Edition("japan-united-states-relations")).Should().Equal(
            "(untitled) (2p)",
            "Historical foundations (2p)",
            "Security alliance and defense (3p)",
            "Economic and trade relations (3p)",
            "Regional strategy and competition (3p)",
            "Controversies and debates (0p)",
            "  Base presence and local impact (1p)",
            "  Burden sharing and defense spending (1p)",
            "  Trade, technology, and geopolitics (1p)",
            "  Historical memory and policy direction (1p)",
            "  Woke criticisms and policy disagreements (1p)",
            "Public diplomacy and cultural exchange (1p)");
    }

    [Fact]
    public void Slugs_are_readable_and_unique_within_each_edition()
    {
        Seeds.Edition("2026-02-05").AllSections().Select(s => s.Slug).Should().Equal(
            "overview", "japans-political-situation", "the-us-japan-military-alliance", "japan-strengthens-its-defense-posture",
            "regional-relations", "china", "south-korea", "economic-and-trade-issues");
        foreach (var edition in Seeds.All)
        {
            edition.AllSections().Select(s => s.Slug).Should().OnlyHaveUniqueItems(edition.Id);
            edition.AllBlocks().Select(b => b.Block.Anchor).Should().OnlyHaveUniqueItems(edition.Id);
        }
    }

    [Fact]
    public void Paragraph_anchors_run_in_reading_order_across_the_edition()
    {
        var anchors = Seeds.Edition("2026-02-05").AllBlocks().Select(b => b.Block.Anchor).ToList();
        anchors.Should().Equal("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12", "t1", "p13", "p14");
    }
}
