using System.Net;
using System.Text.Json;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Editions;

/// <summary>
/// Each paragraph's history on the section page (a line under it, apart from the source's text) and in the twin
/// (<c>lineage</c>, <c>firstSeen</c>, <c>lastSeen</c>, <c>latest</c>), and the notice that follows the text forward
/// from an older edition. Golden values from the seeds: 2026 Overview ¶1 rewords 2024's ("in several fo(reign policy
/// areas)" → "in security, trade, and other areas"); 2024 "Russia and Ukraine" (a run-in head of Regional Relations,
/// one paragraph, p9) is not in the 2026 seed.
/// </summary>
[Collection(SiteCollection.Name)]
public class ParagraphHistoryTests(RunningSite site)
{
    private static JsonElement Paragraph(JsonElement section, string anchor) =>
        Paragraphs(section).Single(p => p.GetProperty("anchor").GetString() == anchor);

    private static IEnumerable<JsonElement> Paragraphs(JsonElement section) =>
        section.GetProperty("paragraphs").EnumerateArray().Concat(section.GetProperty("sections").EnumerateArray().SelectMany(Paragraphs));

    [Fact]
    public async Task The_2026_overview_first_paragraph_is_reworded_from_2024_s_first()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/editions/2026-02-05/overview");
        status.Should().Be(HttpStatusCode.OK);
        var p1 = Paragraph(json.GetProperty("section"), "p1");
        var earlier = p1.GetProperty("lineage").EnumerateArray().Single(l => l.GetProperty("direction").GetString() == "earlier");
        earlier.GetProperty("edition").GetString().Should().Be("2024-11-05");
        earlier.GetProperty("anchor").GetString().Should().Be("p1");
        earlier.GetProperty("url").GetString().Should().Be("/editions/2024-11-05/overview#p1");
        earlier.GetProperty("relation").GetString().Should().Be("reworded");
        earlier.GetProperty("share").GetDouble().Should().BeInRange(0.34, 0.99, "reworded, not rewritten nor the same");
        p1.GetProperty("lastSeen").GetString().Should().Be("2026-02-05");
        p1.GetProperty("latest").GetProperty("edition").GetString().Should().Be("2026-02-05");
        p1.GetProperty("latest").GetProperty("state").GetString().Should().Be("unchanged", "it is in the newest edition itself");
        p1.GetProperty("history").GetString().Should().Contain("reworded February 2026 — see the change");

        var (_, page) = await site.Client.GetPageAsync("/editions/2026-02-05/overview");
        var line = page.GetElementById("history-p1")!;
        line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/compare/2024-11-05/2026-02-05#n-p1");
        line.ParentElement!.QuerySelector("#p1")!.TextContent.Should().StartWith(p1.GetProperty("text").GetString(), "the source's text is shown as it is");
        page.GetElementById("p1")!.QuerySelector(".para-history").Should().BeNull("the history line stands apart from the text");
        page.QuerySelector(".forward-notice").Should().BeNull("the newest edition has nothing newer to point to");
    }

    [Fact]
    public async Task The_2024_first_overview_paragraph_points_forward_to_its_reworded_2026_counterpart()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2024-11-05/overview");
        var p1 = Paragraph(json.GetProperty("section"), "p1");
        var latest = p1.GetProperty("latest");
        latest.GetProperty("edition").GetString().Should().Be("2026-02-05");
        latest.GetProperty("state").GetString().Should().Be("reworded");
        latest.GetProperty("url").GetString().Should().Be("/editions/2026-02-05/overview#p1");
        p1.GetProperty("lineage").EnumerateArray().Should().Contain(l => l.GetProperty("direction").GetString() == "later"
            && l.GetProperty("edition").GetString() == "2026-02-05" && l.GetProperty("anchor").GetString() == "p1" && l.GetProperty("relation").GetString() == "reworded");
        p1.GetProperty("lastSeen").GetString().Should().Be("2026-02-05");

        var (_, page) = await site.Client.GetPageAsync("/editions/2024-11-05/overview");
        var notice = page.QuerySelector(".forward-notice")!;
        notice.TextContent.Should().Contain("In the latest edition (February 5, 2026), this section has changed");
        notice.QuerySelector("a")!.GetAttribute("href").Should().Be("/editions/2026-02-05/overview");
        page.QuerySelector("#history-p1 .para-latest a")!.GetAttribute("href").Should().Be("/editions/2026-02-05/overview#p1");
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(s => s!.StartsWith("/js/forward.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Russia_and_ukraine_of_2024_says_it_was_removed_in_2026_on_its_page_its_twin_and_its_cite_page()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2024-11-05/russia-and-ukraine");
        json.GetProperty("latest").GetProperty("state").GetString().Should().Be("removed");
        json.GetProperty("latest").GetProperty("removedIn").GetString().Should().Be("2026-02-05");
        var p9 = Paragraph(json.GetProperty("section"), "p9");
        p9.GetProperty("text").GetString().Should().StartWith("Kishida’s government responded to Russia’s invasion of Ukraine forcefully");
        p9.GetProperty("firstSeen").GetString().Should().Be("2024-11-05");
        p9.GetProperty("lastSeen").GetString().Should().Be("2024-11-05");
        p9.GetProperty("latest").GetProperty("state").GetString().Should().Be("removed");
        p9.GetProperty("latest").GetProperty("url").ValueKind.Should().Be(JsonValueKind.Null);
        p9.GetProperty("latest").GetProperty("change").GetString().Should().Be("/compare/2024-11-05/2026-02-05#o-p9");
        p9.GetProperty("lineage").EnumerateArray().Should().NotContain(l => l.GetProperty("direction").GetString() == "later");

        var (_, page) = await site.Client.GetPageAsync("/editions/2024-11-05/russia-and-ukraine");
        page.QuerySelector(".forward-notice")!.TextContent.Should().Contain("this section was removed");
        page.QuerySelector(".forward-notice .forward-para")!.HasAttribute("hidden").Should().BeTrue("without JavaScript the paragraph's own line says it");
        page.GetElementById("history-p9")!.TextContent.Should().Contain("removed February 2026");

        var (_, cite) = await site.Client.GetPageAsync("/cite/2024-11-05/russia-and-ukraine/p9");
        cite.QuerySelector(".forward-notice")!.TextContent.Should().Contain("Removed February 2026");
        var (_, citeJson) = await site.Client.GetJsonAsync("/api/cite/2024-11-05/russia-and-ukraine/p9");
        citeJson.GetProperty("latest").GetProperty("state").GetString().Should().Be("removed");
    }

    [Fact]
    public async Task A_section_whose_subsection_was_removed_says_it_changed_though_its_own_text_did_not()
    {
        // 2024's "Regional Relations" has no paragraphs of its own; its run-in subsections are China and Taiwan,
        // Korean Peninsula and Russia and Ukraine, and 2026's has no Russia and Ukraine.
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2024-11-05/regional-relations");
        json.GetProperty("latest").GetProperty("state").GetString().Should().Be("changed");
        json.GetProperty("latest").GetProperty("url").GetString().Should().Be("/editions/2026-02-05/regional-relations");
        var (_, page) = await site.Client.GetPageAsync("/editions/2024-11-05/regional-relations");
        page.QuerySelector(".forward-notice")!.TextContent.Should().Contain("this section has changed").And.NotContain("unchanged");
    }

    [Fact]
    public async Task Every_paragraph_s_lineage_is_symmetric_and_its_first_and_last_seen_are_editions_it_stands_in()
    {
        var twins = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        async Task<JsonElement> ParagraphAt(string url)
        {
            string path = url.Split('#')[0];
            if (!twins.TryGetValue(path, out var section))
            {
                var (_, json) = await site.Client.GetJsonAsync(Urls.Api(path));
                twins[path] = section = json.GetProperty("section");
            }

            return Paragraph(section, url.Split('#')[1]);
        }

        var catalog = site.Services.Snapshot().Editions;
        int links = 0;
        foreach (var edition in catalog.Reports)
        {
            foreach (var section in edition.AllSections())
            {
                foreach (var block in section.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
                {
                    var paragraph = await ParagraphAt(Urls.Block(edition.Id, section.Slug, block.Anchor));
                    string first = paragraph.GetProperty("firstSeen").GetString()!;
                    string last = paragraph.GetProperty("lastSeen").GetString()!;
                    catalog.Find(first)!.Published.Should().BeOnOrBefore(edition.Published!.Value);
                    catalog.Find(last)!.Published.Should().BeOnOrAfter(edition.Published!.Value);
                    foreach (var link in paragraph.GetProperty("lineage").EnumerateArray())
                    {
                        links++;
                        var counterpart = await ParagraphAt(link.GetProperty("url").GetString()!);
                        string back = link.GetProperty("direction").GetString() == "earlier" ? "later" : "earlier";
                        counterpart.GetProperty("lineage").EnumerateArray().Should().Contain(l =>
                            l.GetProperty("edition").GetString() == edition.Id && l.GetProperty("anchor").GetString() == block.Anchor
                            && l.GetProperty("direction").GetString() == back && l.GetProperty("relation").GetString() == link.GetProperty("relation").GetString(),
                            $"{edition.Id} {block.Anchor} → {link.GetProperty("url").GetString()} is linked back");
                    }
                }
            }
        }

        links.Should().BeGreaterThan(10, "the editions on the subject share many paragraphs");
    }

    [Fact]
    public async Task The_edition_page_twin_gives_no_lineage_fields()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2026-02-05");
        var p1 = json.GetProperty("sections").EnumerateArray().SelectMany(Paragraphs).First();
        p1.TryGetProperty("lineage", out _).Should().BeFalse("the history is the section page's");
    }
}
