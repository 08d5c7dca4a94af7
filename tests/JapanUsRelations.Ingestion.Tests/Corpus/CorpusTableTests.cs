using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Layout features: data tables (caption in a <c>&lt;div&gt;</c> before the table, header row, cells as <c>&lt;td&gt;&lt;p&gt;</c>,
/// bold "Source:"/"Notes:" lines after it) and figures laid out as tables (caption row, image row, source and note
/// lines). Cell texts and captions copied from the HTML by hand.
/// </summary>
public class CorpusTableTests
{
    [SkippableFact]
    public void Section_301_investigations_table_has_its_caption_header_cells_and_the_source_line_after_it()
    {
        // IF11346v35: <div><div><p>Table 1. ...</p></div><table>...</table></div><p><strong>Source:</strong> USTR.</p>
        var table = TableIn("IF11346v35", "Use of Section 301 Since 2017");
        table.Caption.Should().Be("Table 1. Section 301 Investigations Since 2025");
        table.SourceNote.Should().Be("Source: USTR.");
        table.RowTexts().Should().BeEquivalentTo(new[]
        {
            new[] { "Country—Subject", "Date Initiated", "Status" },
            new[] { "Brazil—Various", "July 2025", "Concluded in June 2026. USTR seeking comments on proposed 25% tariff." },
            new[] { "China—Implementation of Phase 1 Agreement", "October 2025", "Ongoing." },
            new[] { "16 economies—Structural Excess Capacity", "March 2026", "Ongoing." },
            new[] { "60 economies—Imposition and Enforcement of Forced Labor Import Bans", "March 2026", "Concluded in June 2026. USTR seeking comments on proposed 10-12.5% tariffs." },
            new[] { "Vietnam—Intellectual Property Protection", "May 2026", "Ongoing." },
            new[] { "Germany—Underpayment for Pharmaceutical Products", "June 2026", "Ongoing." },
        }, o => o.WithStrictOrdering());
        HeaderRowOnly(table);
    }

    [SkippableFact]
    public void Excise_tax_revenue_table_has_eight_years_of_cells_and_its_source()
    {
        // IF12173v11: caption div, table, then a div holding "Source:" and "Notes:" paragraphs.
        var table = TableIn("IF12173v11", "Tax Collections");
        table.Caption.Should().Be("Table 1. Firearms and Ammunition Excise Tax (FAET) Revenue");
        table.SourceNote.Should().Be("Source: Congressional Research Service (CRS) calculations from Alcohol and Tobacco Tax and Trade Bureau (TTB), FOIA Electronic Reading Room, \"Quarterly Breakdown of the Firearms and Ammunition Excise Tax (FAET) Collections,\" https://www.ttb.gov/public-information/foia/electronic-reading-room.");
        table.RowTexts().Should().BeEquivalentTo(new[]
        {
            new[] { "Fiscal Year", "Total Receipts ($millions)", "Pistols and Revolvers", "Other Firearms", "Ammunition" },
            new[] { "2018", "$646.8", "33%", "34%", "33%" },
            new[] { "2019", "$613.1", "34%", "33%", "33%" },
            new[] { "2020", "$821.0", "35%", "30%", "34%" },
            new[] { "2021", "$1,214.5", "36%", "31%", "33%" },
            new[] { "2022", "$1,184.5", "33%", "29%", "38%" },
            new[] { "2023", "$946.0", "32%", "33%", "36%" },
            new[] { "2024", "$943.0", "30%", "32%", "38%" },
            new[] { "2025", "$800.7", "33%", "33%", "33%" },
        }, o => o.WithStrictOrdering());
        HeaderRowOnly(table);
        table.CellAt(4, 1)!.Text.Should().Be("$1,214.5");
    }

    [SkippableFact]
    public void Canada_tariff_table_belongs_to_the_run_in_subsection_it_follows()
    {
        var table = TableIn("IF12595v33", "Tariffs to \"Offset Canadian Discrimination\"");
        table.Caption.Should().Be("Table 1. Current U.S. Presidential Tariffs on Canada");
        table.SourceNote.Should().Be("Source: CRS, compiled from U.S. government documents, as of September 15, 2026.");
        table.RowTexts().Should().BeEquivalentTo(new[]
        {
            new[] { "Authority", "Canadian Goods Affected (Tariff Rates)", "Exemption for USMCA-Compliant Goods" },
            new[] { "Sec. 301", "Most goods (10%)", "Yes" },
            new[] { "Sec. 232", "Steel, aluminum, and copper (50%)", "No (lower tariff rate for certain products)" },
            new[] { "Sec. 232", "Passenger vehicles and auto parts (25%); trucks (25%), buses (10%), and related parts (25%)", "Yes (full exemption for parts, partial for vehicles)" },
            new[] { "Sec. 232", "Timber/lumber (10%), certain wooden products (25%), certain semiconductors (25%), patented pharmaceuticals (100%)", "No" },
            new[] { "Sec. 338", "Alcohol, dairy, paper and wood products, some steel and aluminum, other goods (50%)", "No" },
        }, o => o.WithStrictOrdering());
        HeaderRowOnly(table);
    }

    [SkippableTheory]
    [InlineData("IF10292v22", "Past Debt Limit Activity", 0, "Figure 1. Federal Debt Subject to Limit as a Percentage of GDP, FY1940-FY2025",
        "Sources: Office of Management and Budget, Department of the Treasury, and Congressional Budget Office. Figure created by CRS.")]
    [InlineData("IF11218v21", "Current Political Conditions", 0, "Figure 1. Ecuador at a Glance",
        "Sources: Central Intelligence Agency (CIA) World Factbook, International Monetary Fund (IMF), Ecuador's National Institute of Statistics and Censuses (NISC), Trade Data Monitor (TDM).")]
    [InlineData("IF11755v20", "Background", 0, "Figure 1. ACV in Ship-to-Shore Mode",
        "Source: Megan Eckstein, \"Amphibious Combat Vehicle's First Deployment May Yield Repair Lessons,\" Defense News, May 20, 2024, https://www.defensenews.com/training-sim/2024/05/20/amphibious-combat-vehicles-first-deployment-may-yield-repair-lessons/?utm_source=sailthru&utm_medium=email&utm_campaign=mil-ebb.")]
    [InlineData("IF11755v20", "Background", 1, "Figure 2. ACV Ashore",
        "Source: U.S. Pacific Command, \"15th MEU Concludes Month of Training in S. Korea, First ACV Amphibious Assault During Ex Sang Yong,\" September 24, 2024, https://www.pacom.mil/Media/NEWS/Article/3916425/15th-meu-concludes-month-of-training-in-s-korea-first-acv-amphibious-assault-du/.")]
    [InlineData("IF12595v33", "U.S.-Canada Trade Overview", 0, "Figure 1. Top U.S. Trade Partners (2025)",
        "Source: CRS, with data from the U.S. Bureau of Economic Analysis, June 24, 2026.")]
    public void A_figure_laid_out_as_a_table_keeps_its_caption_and_source_and_no_cells(string name, string heading, int index, string caption, string source)
    {
        var figures = CorpusFiles.Parse(name).AllSections().Single(s => s.Heading == heading).Blocks.Where(b => b.Kind == BlockKind.Figure).ToList();
        var figure = figures[index];
        figure.Table.Should().NotBeNull();
        figure.Table!.Caption.Should().Be(caption);
        figure.Table.SourceNote.Should().Be(source);
        figure.Table.Cells.Should().BeEmpty("the image row carries no text and the caption and source are not cells");
    }

    [SkippableFact]
    public void Note_lines_are_kept_apart_from_the_source_line()
    {
        // IF10292v22's figure: "<p><strong>Note:</strong> Values taken at the end of the fiscal year.</p>" after its Sources line;
        // IF12173v11's table: "<p><strong>Notes:</strong> These data reflect ...</p>" after its Source line.
        var figure = CorpusFiles.Parse("IF10292v22").AllBlocks().Single(b => b.Block.Kind == BlockKind.Figure).Block.Table!;
        figure.Notes.Should().Equal("Note: Values taken at the end of the fiscal year.");

        TableIn("IF12173v11", "Tax Collections").Notes.Should().Equal(
            "Notes: These data reflect the amount of excise taxes collected but not the revenue gain to the government, because excise taxes reduce the base for income taxes. The Joint Committee on Taxation typically reduces revenues by around 25% to reflect this effect.");
    }

    [SkippableTheory]
    [InlineData("IF11218v21")]
    [InlineData("IF11755v20")]
    [InlineData("IF12595v33")]
    [InlineData("IF11346v35")]
    public void Figures_and_tables_without_note_lines_have_no_notes(string name)
    {
        CorpusFiles.Parse(name).AllBlocks().Where(b => b.Block.Kind is BlockKind.Figure or BlockKind.Table)
            .Should().NotBeEmpty().And.OnlyContain(b => b.Block.Table!.Notes.Count == 0);
    }

    [SkippableFact]
    public void Figures_stand_where_the_html_puts_them()
    {
        // IF10292v22: the figure follows the paragraph that cites it and closes its section;
        // IF12595v33: the figure sits between the section's two paragraphs.
        var debt = CorpusFiles.Parse("IF10292v22").Sections.Single(s => s.Heading == "Past Debt Limit Activity").Blocks;
        debt[^1].Kind.Should().Be(BlockKind.Figure);
        debt[^2].Text.Should().StartWith("Figure 1 shows the debt subject to the limit");

        var canada = CorpusFiles.Parse("IF12595v33").Sections.Single(s => s.Heading == "U.S.-Canada Trade Overview").Blocks;
        canada.Select(b => b.Kind).Should().Equal(BlockKind.Paragraph, BlockKind.Figure, BlockKind.Paragraph);
    }

    [SkippableFact]
    public void A_one_cell_layout_table_of_prose_is_read_as_a_titled_text_box_not_a_data_table()
    {
        // IF11346v35: <table><tr><td><p><strong>Investigations </strong><strong>into Foreign Digital Services Taxes</strong></p>
        // <p>The second Trump Administration ...</p></td></tr></table>, a sidebar, not data.
        var box = CorpusFiles.Parse("IF11346v35").AllSections().Single(s => s.Heading == "Investigations into Foreign Digital Services Taxes");
        box.IsRunIn.Should().BeFalse();
        box.Blocks.Should().ContainSingle().Which.Kind.Should().Be(BlockKind.Paragraph);
        box.Blocks[0].Text.Should().StartWith("The second Trump Administration has indicated that it will evaluate the impact of digital services taxes (DSTs) on U.S. firms")
            .And.EndWith("The United States withdrew in 2025.");
    }

    private static Table TableIn(string name, string heading)
    {
        var block = CorpusFiles.Parse(name).AllSections().Single(s => s.Heading == heading).Blocks.Single(b => b.Kind == BlockKind.Table);
        block.Table.Should().NotBeNull();
        return block.Table!;
    }

    private static void HeaderRowOnly(Table table) =>
        table.Cells.Should().OnlyContain(c => c.IsHeader == (c.Row == 0), "row 0 is the header row and only row 0");
}
