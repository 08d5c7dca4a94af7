using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Tests.Corpus;

namespace JapanUsRelations.Ingestion.Tests.Hostile;

/// <summary>
/// The limits of <see cref="SeedLimits"/> hold for HTML seeds too: the HTML reader's tables, paragraphs and file are
/// held to the same row, cell, number, emphasis and paragraph limits as a text seed's (once only size, line length
/// and nesting were checked for HTML, so a provider-shaped page could hand the facts stage any amount of work), and a
/// paragraph with no full stop no longer makes one sentence that every one of its facts quotes whole.
/// </summary>
public class HtmlSeedLimitsTests
{
    private static Action Parsing(string name, string body) =>
        () => EditionParser.Parse(new SeedFile(name, System.Text.Encoding.UTF8.GetBytes(ProviderHtml.Page("<h2>Overview</h2>\n" + body))), null);

    private static string Rows(int rows, int cells) =>
        "<table>" + string.Concat(Enumerable.Range(0, rows).Select(r => "<tr>" + string.Concat(Enumerable.Range(0, cells).Select(c => $"<td>r{r}c{c}</td>")) + "</tr>\n")) + "</table>";

    [Fact]
    public void An_html_table_of_5000_rows_is_refused_with_the_row_limit_and_its_line()
    {
        Parsing("long-table.html", Rows(5_000, 2)).Should().Throw<SeedFormatException>()
            .WithMessage("long-table.html:*: a table has 5,000 rows; the limit is 1,000*");
    }

    [Fact]
    public void An_html_table_row_of_500_cells_is_refused_with_the_cell_limit()
    {
        Parsing("wide-row.html", Rows(2, 500)).Should().Throw<SeedFormatException>()
            .WithMessage("wide-row.html:*: a table row has 500 cells; the limit is 100*");
    }

    [Fact]
    public void An_html_paragraph_of_5000_numbers_is_refused_before_the_facts_stage_reads_it()
    {
        Parsing("numbers.html", "<p>" + string.Join(' ', Enumerable.Range(0, 5_000)) + ".</p>").Should().Throw<SeedFormatException>()
            .WithMessage("numbers.html:*: a paragraph has 5,000 numbers; the limit is 2,000*");
    }

    [Fact]
    public void An_html_file_of_25000_numbers_in_small_paragraphs_is_refused_with_the_file_limit()
    {
        string paragraphs = string.Concat(Enumerable.Range(0, 250).Select(p => "<p>" + string.Join(' ', Enumerable.Range(0, 100)) + ".</p>\n"));
        Parsing("many-numbers.html", paragraphs).Should().Throw<SeedFormatException>()
            .WithMessage("many-numbers.html: the file has 25,0?? numbers; the limit is 20,000*");
    }

    [Fact]
    public void An_html_paragraph_of_1000_bold_runs_is_refused_with_the_emphasis_limit()
    {
        Parsing("bold.html", "<p>" + string.Concat(Enumerable.Repeat("<b>x</b> y ", 1_000)) + "</p>").Should().Throw<SeedFormatException>()
            .WithMessage("bold.html:*: a paragraph has 2,000 emphasis tags (<b>, <i> and their ends); the limit is 400*");
    }

    [Fact]
    public void An_html_file_of_12000_paragraphs_is_refused_with_the_paragraph_limit()
    {
        Parsing("paragraphs.html", string.Concat(Enumerable.Repeat("<p>Word.</p>\n", 12_000))).Should().Throw<SeedFormatException>()
            .WithMessage("paragraphs.html: the file has 12,0?? paragraphs; the limit is 10,000*");
    }

    [Fact]
    public void A_paragraph_with_no_full_stop_gives_facts_that_quote_bounded_pieces_of_it_and_none_is_lost()
    {
        // 1,500 quantities in one 40,000-character run-on sentence (under every limit).
        string paragraph = string.Join(", and then ", Enumerable.Range(1, 1_500).Select(i => $"{i} troops"));
        var edition = new Enrichment.Facts.FactsEnricher().Enrich(
            EditionParser.Parse(new SeedFile("run-on.txt", System.Text.Encoding.UTF8.GetBytes("Run-on Report\n\nOverview\n\n" + paragraph + "\n")), null));

        var block = edition.AllBlocks().Single(b => b.Block.Text.Length > 10_000).Block;
        var facts = edition.Facts.Where(f => f.BlockAnchor == block.Anchor && f.Number is not null).ToList();
        facts.Should().HaveCount(1_500, "every quantity is found, whichever piece holds it");
        facts.Should().OnlyContain(f => f.Quote.Length <= SentenceSplitter.MaxSentenceChars);
        facts.Should().OnlyContain(f => f.Quote.Contains(f.Text, StringComparison.Ordinal) && block.Text.Contains(f.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlong_sentence_is_split_at_spaces_into_pieces_that_keep_every_character_in_order()
    {
        string text = string.Join(' ', Enumerable.Range(0, 3_000).Select(i => "word" + i)); // about 25,000 characters, no full stop
        var pieces = SentenceSplitter.Split(text);

        pieces.Should().HaveCountGreaterThan(5).And.OnlyContain(p => p.Text.Length <= SentenceSplitter.MaxSentenceChars);
        string.Join(' ', pieces.Select(p => p.Text)).Should().Be(text, "pieces are cut at spaces and keep every word");
        pieces.Should().OnlyContain(p => text.Substring(p.Start, p.Text.Length) == p.Text);
    }

    [Fact]
    public void A_sentence_of_ordinary_length_is_not_cut()
    {
        string sentence = "Japan hosts about 54,000 U.S. troops, more than any other country, under the 1960 treaty.";
        SentenceSplitter.Split(sentence).Should().ContainSingle().Which.Text.Should().Be(sentence);
    }
}
