using AngleSharp.Html.Parser;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// The served text of each corpus file equals the HTML's text word for word, masthead aside: headings and block
/// texts in reading order against <see cref="ReferenceText"/>'s independent reading. Plus paragraphs whose words
/// the HTML cuts into pieces (spans, superscripts, anchors), copied from the files by hand.
/// </summary>
public class CorpusTextTests
{
    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Served_text_equals_the_html_text_word_for_word_masthead_aside(string name)
    {
        var edition = CorpusFiles.Parse(name);
        var reference = ReferenceText.BodyWords(File.ReadAllText(CorpusFiles.PathOf(name)));
        var served = ServedWords(edition);

        int at = FirstDifference(served, reference);
        at.Should().Be(-1, $"served and HTML words should agree; at word {at}: served «{Around(served, at)}» / html «{Around(reference, at)}»");
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void The_reference_reader_finds_the_golden_masthead(string name)
    {
        // Guards the reference reader itself: its masthead is the one read by hand.
        var golden = CorpusGoldens.Of(name);
        var (title, dateline) = ReferenceText.Masthead(File.ReadAllText(CorpusFiles.PathOf(name)));
        title.Should().Be(golden.Title);
        dateline.Should().EndWith($"({golden.ReportNumber})");
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Paragraph_text_is_trimmed_with_single_spaces_and_matches_its_html(string name)
    {
        var parser = new HtmlParser();
        foreach (var (section, block) in CorpusFiles.Parse(name).AllBlocks().Where(b => b.Block.Kind == BlockKind.Paragraph))
        {
            block.Text.Should().NotBeNullOrWhiteSpace();
            block.Text.Should().Be(block.Text.Trim(), $"{section.Slug}#{block.Anchor}");
            block.Text.Should().NotContain("  ").And.NotContain("\n").And.NotContain("\t");
            string shown = string.Join(' ', ReferenceText.Words(parser.ParseFragment(block.Html, parser.ParseDocument("").Body!).Select(n => n.TextContent).Aggregate("", string.Concat)));
            shown.Should().Be(block.Text, $"the page shows what {section.Slug}#{block.Anchor}'s text says");
        }
    }

    [SkippableTheory]
    [InlineData("IN12669v3", "Some lawmakers have called for a resolution to the disagreement and for Congress to act to set rules for the department's use of AI and/or autonomous weapon systems.")]
    [InlineData("IF12760v7", "Russia may be strengthening ties with North Korea (as well as China and Iran) partly to compensate for its loss of access to Western markets and technology. The partnership also may reflect Russia's attempt to reassert its role in the Indo-Pacific region and regain leverage in its relationship with China by inserting itself as an actor in any negotiations or discussions regarding North Korea. In 2026, Admiral Paparo testified that increased mutual support among Russia, North Korea, and China creates an \"interconnected challenge to U.S. national security and regional stability.\"")]
    [InlineData("IF11365v4", "The U.S. Court of Appeals for Veterans Claims (CAVC) provides the exclusive forum for veterans and other claimants, such as veterans' surviving spouses, to appeal U.S. Department of Veterans Affairs (VA) decisions denying various veterans' benefits. This In Focus describes the CAVC's creation, jurisdiction, authority, and procedures before identifying several issues that may interest the 119th Congress.")]
    [InlineData("IF11755v20", "The Marine Corps describes the Amphibious Combat Vehicle (ACV) as a")]
    public void A_paragraph_cut_by_spans_links_and_superscripts_reads_as_printed(string name, string paragraph)
    {
        CorpusFiles.Parse(name).AllBlocks().Select(b => b.Block.Text).Should().Contain(paragraph);
    }

    [SkippableTheory]
    [InlineData("IN12668v3", "In September 2026, President Donald Trump said, \"we have more munitions than we could ever possibly even think of using,\" and DOD")]
    [InlineData("IF12595v33", "The United States and Canada have had a decades-long dispute over trade in softwood lumber—primarily used in residential construction.")]
    [InlineData("IF11346v35", "Investigations into labor and human rights practices and the rule of law in Nicaragua and PRC policies in the semiconductor industry, both initiated in 2024, found actionable conduct under Section 301 in 2025 but resulted in no immediate additional tariffs.")]
    public void A_word_cut_in_two_by_spans_is_one_word(string name, string passage)
    {
        CorpusFiles.Parse(name).AllBlocks().Select(b => b.Block.Text).Should().Contain(t => t.Contains(passage, StringComparison.Ordinal));
    }

    /// <summary>The edition's words in reading order: each section's heading, then its blocks' texts.</summary>
    public static IReadOnlyList<string> ServedWords(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var words = new List<string>();
        foreach (var section in edition.AllSections())
        {
            words.AddRange(ReferenceText.Words(section.Heading ?? ""));
            foreach (var block in section.Blocks)
            {
                words.AddRange(ReferenceText.Words(block.Text));
            }
        }

        return words;
    }

    private static int FirstDifference(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return a.Count == b.Count ? -1 : Math.Min(a.Count, b.Count);
    }

    private static string Around(IReadOnlyList<string> words, int at) =>
        at < 0 ? "" : string.Join(' ', words.Skip(Math.Max(0, at - 6)).Take(14));
}
