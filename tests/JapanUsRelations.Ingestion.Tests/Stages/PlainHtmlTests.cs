using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Tests.Corpus;
using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>
/// The shortcut for markup that renders to text only (<see cref="PlainHtml"/>: no DOM, no sanitiser) gives exactly
/// what the sanitiser and the HTML parser give, on every line and block of the seeds and the corpus and on text
/// built to sit at its edges (references, quotes, no-break spaces, carriage returns, NUL, tags).
/// </summary>
public sealed class PlainHtmlTests
{
    public static TheoryData<string> EdgeMarkup() =>
    [
        "plain words only", "  spaced  ", "\"straight\" quotes and “curly” ones", "AT&T and R&D", "a < b > c", "5 &lt; 6 written as a reference",
        "&amp;lt; twice escaped", "&nbsp;a no-break space written as a reference", "a\u00A0raw no-break space", "&copy; and &#169; and &#xA9;",
        "&quot;", "&", "&amp", "&ampx", "ends with &", "line one\nline two", "carriage\rreturn", "nul\0char", "**bold** text", "<b>bold</b> tag",
        "<script>alert(1)</script>", "trailing spaces  \nbreak", "back\\\\slash \\$2", "`code` span", "[link](https://example.org)", "<https://example.org>",
        "* list-like start", "# heading-like", "1. numbered", "<br>", "a <br/> b", "\u2028 line separator \u2029", "tab\tseparated", "emoji 🗾 and 日本",
    ];

    [Theory]
    [MemberData(nameof(EdgeMarkup))]
    public void Text_only_markup_renders_as_the_sanitiser_renders_it(string markup) => AssertSame(markup);

    [Fact]
    public void Every_line_and_block_of_the_seeds_renders_as_the_sanitiser_renders_it()
    {
        var markups = Seeds.All.SelectMany(e => e.AllBlocks()).Select(b => b.Block.Markup)
            .Concat(System.IO.Directory.GetFiles(Seeds.Directory).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).SelectMany(File.ReadAllLines))
            .Distinct(StringComparer.Ordinal).ToList();
        markups.Should().HaveCountGreaterThan(150);
        int shortcut = markups.Count(AssertSame);
        shortcut.Should().BeGreaterThan(markups.Count / 2, "most of a report is text without tags");
    }

    [SkippableFact]
    public void Every_block_of_the_corpus_renders_as_the_sanitiser_renders_it()
    {
        CorpusFiles.RequireCorpus();
        var markups = CorpusFiles.AllNames.Select(CorpusFiles.Parse).SelectMany(e => e.AllBlocks()).Select(b => b.Block.Markup)
            .Distinct(StringComparer.Ordinal).ToList();
        markups.Should().HaveCountGreaterThan(150);
        markups.Count(AssertSame).Should().BeGreaterThan(0);
    }

    // Both renderings of the markup, and both readings of the HTML, the same; true when the shortcut answered.
    private static bool AssertSame(string markup)
    {
        string html = InlineMarkup.RenderHtml(markup, shortcut: false);
        InlineMarkup.RenderHtml(markup).Should().Be(html, $"the HTML of [{markup}]");
        InlineMarkup.RenderText(html).Should().Be(InlineMarkup.RenderText(html, shortcut: false), $"the text of [{html}]");
        return PlainHtml.TryText(html.Replace("<br>", "\n", StringComparison.Ordinal), out _);
    }
}
