using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>Layout feature: <c>&lt;ul&gt;</c> lists, one item a <c>&lt;li&gt;</c>, directly after a paragraph (<c>&lt;/p&gt;&lt;ul&gt;</c>).</summary>
public class CorpusListTests
{
    [SkippableFact]
    public void Debt_limit_consequences_list_has_its_four_items_between_its_paragraphs()
    {
        var section = CorpusFiles.Parse("IF10292v22").AllSections().Single(s => s.Heading == "Inaction or Delayed Action: Potential Consequences");
        section.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Paragraph, BlockKind.List, BlockKind.Paragraph, BlockKind.Paragraph);
        section.Blocks[0].Text.Should().EndWith("include, but are not limited to, the following:");
        section.Blocks[1].Items.Should().Equal(
            "reduced ability of Treasury to borrow funds on advantageous terms, thereby further increasing federal debt;",
            "substantial negative outcomes in global economies and financial markets caused by anticipated default on Treasury securities or failure to meet other legal obligations;",
            "acquisition of interest penalties from delay on certain federal payments and transfers; and",
            "downgrades of U.S. credit ratings, which could negatively affect capital markets.");
    }

    [SkippableFact]
    public void Procurement_list_keeps_its_bold_total_as_an_item()
    {
        // IF11755v20: the last <li> is "<strong>TOTAL =</strong><strong> 608 vehicles. </strong>".
        var background = CorpusFiles.Parse("IF11755v20").Sections.Single(s => s.Heading == "Background");
        var list = background.Blocks.Single(b => b.Kind == BlockKind.List);
        list.Items.Should().Equal("ACV-P: 389 vehicles,", "ACV-C: 33 vehicles,", "ACV-30: 152 vehicles,", "ACV-R: 34 vehicles,", "TOTAL = 608 vehicles.");
        background.Children.Should().BeEmpty("a bold list item is not a run-in head");
    }

    [SkippableFact]
    public void Readiness_list_follows_the_paragraph_that_introduces_it()
    {
        var section = CorpusFiles.Parse("IF11755v20").AllSections().Single(s => s.Heading == "ACV Safety and Readiness Improvements");
        section.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.List);
        section.Blocks[2].Text.Should().Be("Addressing readiness improvements, Marine leadership remarked that");
        section.Blocks[3].Items.Should().Equal(
            "With ACVs now operating overseas, the vehicles are clear to operate in the surf zone to transit from ship-to-shore and vice versa after crews have completed safety training and certifications.",
            "The Marine Corps is working with BAE Systems to improve readiness rates and to prevent corrosion of the vehicles' struts and shocks.",
            "The Marines are engaged in contract negotiations with BAE to lower the price of the ACV 30-mm cannon variant due to cost growth and spending constraints.");
    }
}
