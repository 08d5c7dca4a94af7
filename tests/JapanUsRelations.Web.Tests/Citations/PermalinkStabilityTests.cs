using System.Net;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>
/// Links made today keep working: after the same seeds are ingested again, after a heading is renamed (a parser
/// fix), and after a new edition is added, every earlier permalink answers 200 or redirects to the same text.
/// </summary>
public class PermalinkStabilityTests
{
    private const string Seed2026 = "2026-02-05-crs-in-focus-if10199.txt";

    /// <summary>A link and the words it lands on: the title (edition), the section's own text, or the block's text.</summary>
    private sealed record Permalink(string Url, string? Anchor, string Text);

    [Fact]
    public async Task Every_permalink_survives_reingestion_a_renamed_heading_and_an_added_edition()
    {
        await using var site = new IngestedSite();
        await site.IngestAndServeAsync();
        var links = Permalinks(site);
        links.Should().Contain(l => l.Url == "/editions/2026-02-05/japans-political-situation#p5");

        await site.IngestAndServeAsync();
        await EveryLinkLandsOnTheSameTextAsync(site, links, expectRedirects: 0);

        site.ReplaceLine(Seed2026, "Japan's Political Situation", "Japan's Political Outlook");
        string added = File.ReadAllText(Path.Combine(site.SeedsPath, Seed2026)).Replace("Updated February 5, 2026", "Updated March 2, 2027", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.SeedsPath, "2027-03-02-crs-in-focus-if10199.txt"), added);
        await site.IngestAndServeAsync();

        site.Services.Snapshot().Editions.Find("2027-03-02").Should().NotBeNull("the added edition is served");
        int renamedLinks = links.Count(l => l.Url.StartsWith("/editions/2026-02-05/japans-political-situation", StringComparison.Ordinal));
        renamedLinks.Should().BeGreaterThanOrEqualTo(2, "the section link and its paragraph links");
        await EveryLinkLandsOnTheSameTextAsync(site, links, expectRedirects: renamedLinks);

        using var api = await site.Client.GetAsync(new Uri("/api/editions/2026-02-05/japans-political-situation", UriKind.Relative));
        api.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        api.Headers.Location!.ToString().Should().Be("/api/editions/2026-02-05/japans-political-outlook");
        using var cite = await site.Client.GetAsync(new Uri("/cite/2026-02-05/japans-political-situation/p5", UriKind.Relative));
        cite.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        cite.Headers.Location!.ToString().Should().Be("/cite/2026-02-05/japans-political-outlook/p5");
    }

    private static List<Permalink> Permalinks(IngestedSite site)
    {
        var links = new List<Permalink>();
        foreach (var edition in site.Services.Snapshot().Editions.All)
        {
            links.Add(new Permalink(Urls.Edition(edition.Id), null, edition.Title));
            foreach (var section in edition.AllSections())
            {
                links.Add(new Permalink(Urls.Section(edition.Id, section.Slug), null, SectionText(section)));
                links.AddRange(section.Blocks.Select(b => new Permalink(Urls.Block(edition.Id, section.Slug, b.Anchor), b.Anchor, b.Text)));
            }
        }

        return links;
    }

    private static string SectionText(Ingestion.Model.Section section) => string.Join('\n', section.Blocks.Select(b => b.Text));

    private static async Task EveryLinkLandsOnTheSameTextAsync(IngestedSite site, List<Permalink> links, int expectRedirects)
    {
        var catalog = site.Services.Snapshot().Editions;
        int redirects = 0;
        foreach (var link in links)
        {
            string path = link.Url.Split('#')[0];
            var (status, page) = await site.Client.GetPageAsync(path);
            if (status == HttpStatusCode.MovedPermanently)
            {
                redirects++;
                using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
                path = response.Headers.Location!.ToString();
                (status, page) = await site.Client.GetPageAsync(path);
            }

            status.Should().Be(HttpStatusCode.OK, link.Url);
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
            var edition = catalog.Find(segments[1])!;
            if (segments.Length == 2)
            {
                page.QuerySelector("h1")!.TextContent.Should().Contain(link.Text, link.Url);
                continue;
            }

            var section = edition.AllSections().Single(s => s.Slug == segments[2]);
            if (link.Anchor is null)
            {
                SectionText(section).Should().Be(link.Text, $"{link.Url} lands on the same section text");
                continue;
            }

            page.GetElementById(link.Anchor).Should().NotBeNull(link.Url);
            section.Blocks.Single(b => b.Anchor == link.Anchor).Text.Should().Be(link.Text, $"{link.Url} lands on the same words");
        }

        redirects.Should().Be(expectRedirects);
    }
}
