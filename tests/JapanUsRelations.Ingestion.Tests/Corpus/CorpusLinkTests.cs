using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Layout feature: links. http(s) links keep their targets and are rendered with <c>rel="nofollow noopener"</c>;
/// <c>&lt;a&gt;</c> without <c>href</c> (congress.gov's unresolved links) and in-document <c>#_Ref…</c> links are
/// plain text; images leave no <c>&lt;img&gt;</c>; nothing stored is live.
/// </summary>
public class CorpusLinkTests
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public void An_http_link_keeps_its_target_and_reads_nofollow_noopener()
    {
        var block = Paragraph("IF10292v22", "Debt subject to limit was $40.0 trillion as of August 31, 2025");
        var links = Links(block);
        links.Should().ContainSingle();
        links[0].TextContent.Should().Be("Outside projections from June");
        links[0].GetAttribute("href").Should().Be("https://bipartisanpolicy.org/article/when-will-we-reach-the-debt-limit-again/");
        RelOf(links[0]).Should().Contain("nofollow").And.Contain("noopener");
    }

    [SkippableFact]
    public void Links_without_href_are_plain_text_and_links_with_one_keep_it()
    {
        // IF11365v4: two <a href> links and "<a><span>veterans' benefits</span></a>" with no href.
        var block = Paragraph("IF11365v4", "The U.S. Court of Appeals for Veterans Claims (CAVC) provides");
        Links(block).Select(a => (a.TextContent, a.GetAttribute("href"))).Should().Equal(
            ("U.S. Court of Appeals for Veterans Claims", "https://www.uscourts.cavc.gov/"),
            ("Department of Veterans Affairs", "https://www.va.gov/"));
        block.Text.Should().Contain("decisions denying various veterans' benefits.");
    }

    [SkippableFact]
    public void A_query_string_with_ampersands_and_a_fragment_survives_intact()
    {
        var block = Paragraph("IF11357v6", "Aliens who do not meet certain requirements");
        Links(block)[0].GetAttribute("href").Should().Be("https://uscode.house.gov/view.xhtml?req=(title:8%20section:1101%20edition:prelim)%20OR%20(granuleid:USC-prelim-title8-section1101)&f=treesort&edition=prelim&num=0&jumpTo=true#substructure-location_a_3");
    }

    [SkippableFact]
    public void An_in_document_reference_link_is_plain_text()
    {
        // IF10292v22: <a href="#_Ref499881323"><strong></strong><strong>Figure 1</strong></a> shows ...
        var block = Paragraph("IF10292v22", "Figure 1 shows the debt subject to the limit");
        Links(block).Should().BeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Every_stored_link_is_http_with_rel_and_nothing_is_live(string name)
    {
        foreach (var (_, block) in CorpusFiles.Parse(name).AllBlocks())
        {
            var nodes = Fragment(block.Html);
            var elements = nodes.SelectMany(n => n is IElement e ? new[] { e }.Concat(e.Descendants<IElement>()) : n.Descendants<IElement>()).ToList();
            elements.Should().NotContain(e => e.LocalName == "script" || e.LocalName == "img" || e.LocalName == "iframe" || e.LocalName == "style", block.Anchor);
            elements.SelectMany(e => e.Attributes).Should().NotContain(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), block.Anchor);
            foreach (var a in elements.Where(e => e.LocalName == "a"))
            {
                a.GetAttribute("href").Should().MatchRegex("^https?://", $"{block.Anchor}: only http(s) links are kept");
                RelOf(a).Should().Contain("nofollow").And.Contain("noopener");
            }
        }
    }

    private static Block Paragraph(string name, string opening) =>
        CorpusFiles.Parse(name).AllBlocks().Select(b => b.Block).Single(b => b.Kind == BlockKind.Paragraph && b.Text.StartsWith(opening, StringComparison.Ordinal));

    private static INodeList Fragment(string html) => Parser.ParseFragment(html, Parser.ParseDocument("").Body!);

    private static List<IElement> Links(Block block) =>
        Fragment(block.Html).SelectMany(n => n is IElement e ? new[] { e }.Concat(e.Descendants<IElement>()) : n.Descendants<IElement>()).Where(e => e.LocalName == "a").ToList();

    private static string[] RelOf(IElement a) => (a.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
