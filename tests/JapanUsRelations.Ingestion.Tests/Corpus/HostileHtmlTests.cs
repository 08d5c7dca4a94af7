using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Hostile provider HTML: each is either ingested safely (nothing live in any stored Html) or refused with a
/// <see cref="SeedFormatException"/> naming the file, never another exception, and on refusal the database
/// built before is byte-identical.
/// </summary>
public class HostileHtmlTests
{
    private static readonly HtmlParser Parser = new();

    // A sentence a 5 MB paragraph repeats: sentences of ordinary length, so facts quote ordinary sentences.
    private const string LongSentence = "Japan and the United States discussed trade, security and alliance matters at length in 2026. ";

    private static readonly string[] Inert = ["script", "style", "iframe", "object", "embed", "svg", "img", "form", "input", "link", "meta", "base"];

    private static IngestionPipeline Pipeline => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);

    public static TheoryData<string> Cases() => new(HostileCases.Keys);

    private static readonly Dictionary<string, Func<string>> HostileCases = new()
    {
        ["scripts-and-handlers.html"] = () => ProviderHtml.Page(
            "<h2>Overview</h2>\n<p>Before <script>alert('x')</script> after <img src=x onerror=alert(1)> and <svg onload=alert(2)><circle/></svg> "
            + "<a href=\"javascript:alert(3)\">js</a> <a href=\" JaVaScRiPt:alert(4)\">spaced</a> <a href=\"java&#115;cript:alert(5)\">encoded</a> "
            + "<a href=\"vbscript:msgbox(6)\">vb</a> <a href=\"data:text/html,<script>alert(7)</script>\">data</a> "
            + "<a href=\"https://example.org/\" onclick=\"alert(8)\" target=\"_top\">fine</a> <span onmouseover=\"alert(9)\" style=\"x:expression(alert(10))\">hover</span>.</p>\n"
            + "<script>document.write('<p>injected</p>')</script><style>p{}</style><iframe src=\"https://example.org/\"></iframe>"
            + "<p onclick=\"alert(11)\"><strong onclick=\"alert(12)\">Run-in.</strong> Rest <object data=\"x\"></object><form action=\"https://x\"><input></form>.</p>"
            + "<ul><li onclick=\"alert(13)\"><a href=\"javascript:alert(14)\">item</a></li></ul>"
            + "<table><tr><td onclick=\"alert(15)\"><p>Table 1. Cells</p></td></tr><tr><td><a href=\"javascript:alert(16)\">cell</a></td><td>2</td></tr></table>"),
        ["nested-tables.html"] = () => ProviderHtml.Page(
            "<h2>Tables</h2>\n<p>Intro.</p><table><tr><td>outer<table><tr><td>inner<table><tr><td>innermost</td></tr></table></td></tr></table></td><td>b</td></tr>"
            + "<tr><td colspan=\"5\" rowspan=\"9\">wide</td></tr></table><p>After.</p>"),
        ["ten-thousand-headings.html"] = () => Headings(10_000), // 20,000 blocks: over the paragraph limit, refused clearly
        ["unclosed-tags.html"] = () => ProviderHtml.Page(
            "<h2>Unclosed</h2><p>one <strong>bold <em>both <p>two <ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table><h3>Later</h3><div><p>three"),
        ["unclosed-heading.html"] = () => ProviderHtml.Page("<h2>A heading never closed<p>one<p>two"),
        ["five-megabyte-paragraph.html"] = () => ProviderHtml.Page(
            "<h2>Long</h2>\n<p>" + string.Concat(Enumerable.Repeat(LongSentence, 5 * 1024 * 1024 / LongSentence.Length)) + "</p>"),
        ["deep-nesting.html"] = () => ProviderHtml.Page(
            "<h2>Deep</h2>\n<p>" + string.Concat(Enumerable.Repeat("<span><strong>", 5_000)) + "deep" + string.Concat(Enumerable.Repeat("</strong></span>", 5_000)) + "</p>"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_html_is_ingested_safely_or_refused_naming_the_file_with_the_database_untouched(string name)
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string before = Hash(seeds.DatabasePath);
        seeds.Write(name, HostileCases[name]());

        try
        {
            Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        }
        catch (SeedFormatException refused)
        {
            refused.Message.Should().StartWith(name);
            Hash(seeds.DatabasePath).Should().Be(before, "a refused seed leaves the served database as it was");
            Directory.GetFiles(seeds.DataPath).Should().ContainSingle("no temporary database is left behind");
            return;
        }

        var stored = EditionReader.LoadAll(seeds.DatabasePath);
        stored.Should().HaveCount(Seeds.All.Count + 1);
        var hostile = stored.Single(e => e.SourceFile == name);
        hostile.Title.Should().Be("Hostile Report");
        foreach (var (section, block) in hostile.AllBlocks())
        {
            NothingLive(block.Html, $"{section.Slug}#{block.Anchor}");
        }

        hostile.AllSections().Select(s => s.Slug).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Script_text_never_reaches_the_reader_as_a_paragraph_of_its_own()
    {
        // A <script> element's content is code, not prose: it is neither a paragraph nor live.
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("scripts.html", HostileCases["scripts-and-handlers.html"]());
        var edition = Pipeline.ParseSeeds(seeds.SeedsPath).Single();
        edition.AllBlocks().Select(b => b.Block.Text).Should().NotContain(t => t.Contains("document.write", StringComparison.Ordinal) || t == "injected");
        var fine = edition.AllBlocks().Select(b => b.Block).First(b => b.Text.Contains("fine", StringComparison.Ordinal));
        var link = Parse(fine.Html).Single(e => e.LocalName == "a");
        link.GetAttribute("href").Should().Be("https://example.org/");
        link.HasAttribute("target").Should().BeFalse();
    }

    private static string Headings(int count) => ProviderHtml.Page(
        string.Concat(Enumerable.Range(1, count).Select(i => $"<h{2 + (i % 2)}>Heading {i % 7}</h{2 + (i % 2)}>\n<p>Paragraph {i}.</p>\n")));

    [Fact]
    public void Four_thousand_headings_become_four_thousand_sections_with_unique_slugs()
    {
        // 8,000 blocks and numbers: under the paragraph and number limits (10,000 headings and paragraphs are over them).
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("many.html", Headings(4_000));
        var edition = Pipeline.ParseSeeds(seeds.SeedsPath).Single();
        var sections = edition.AllSections().ToList();
        sections.Should().HaveCount(4_000);
        sections.Select(s => s.Slug).Should().OnlyHaveUniqueItems();
        edition.AllBlocks().Should().HaveCount(4_000);
    }

    [Fact]
    public void Unclosed_tags_are_read_as_a_browser_reads_them()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("unclosed.html", HostileCases["unclosed-tags.html"]());
        var edition = Pipeline.ParseSeeds(seeds.SeedsPath).Single();
        var words = CorpusTextTests.ServedWords(edition);
        words.Should().ContainInOrder("one", "bold", "both", "two", "a", "b", "x", "y", "z", "three");
    }

    [Fact]
    public void Html_without_a_masthead_is_refused_naming_the_file()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("no-masthead.html", "<div><div><h2>Only a heading</h2></div></div>");
        var act = () => Pipeline.ParseSeeds(seeds.SeedsPath);
        act.Should().Throw<SeedFormatException>().Which.Message.Should().StartWith("no-masthead.html");
    }

    [Fact]
    public void An_impossible_masthead_date_is_refused_naming_the_file_and_line()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("feb30.html", ProviderHtml.Page("<h2>Overview</h2><p>Text.</p>", dateline: "Updated February 30, 2026 (IF99999)"));
        var act = () => Pipeline.ParseSeeds(seeds.SeedsPath);
        act.Should().Throw<SeedFormatException>().Which.Message.Should().StartWith("feb30.html:").And.Contain("February 30, 2026");
    }

    private static void NothingLive(string html, string where)
    {
        var elements = Parse(html);
        elements.Select(e => e.LocalName).Should().NotIntersectWith(Inert, where);
        elements.SelectMany(e => e.Attributes).Should().NotContain(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style", where);
        foreach (var e in elements.Where(e => e.HasAttribute("href") || e.HasAttribute("src") || e.HasAttribute("action")))
        {
            string target = e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? "";
            target.Should().MatchRegex("^https?://", where);
        }

        elements.SelectMany(e => e.Attributes).Should().NotContain(a => a.Value.Contains("script:", StringComparison.OrdinalIgnoreCase), where);
    }

    private static List<IElement> Parse(string html)
    {
        var nodes = Parser.ParseFragment(html, Parser.ParseDocument("").Body!);
        return nodes.SelectMany(n => n is IElement e ? new[] { e }.Concat(e.Descendants<IElement>()) : n.Descendants<IElement>()).ToList();
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
