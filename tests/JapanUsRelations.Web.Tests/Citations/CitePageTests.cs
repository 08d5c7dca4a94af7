using System.Net;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>"Cite this" on the running site: edition, section and paragraph pages and the cite page with its JSON twin.</summary>
[Collection(SiteCollection.Name)]
public class CitePageTests(RunningSite site)
{
    private EditionCatalog Catalog => site.Services.Snapshot().Editions;

    private string Today => DateOnly.FromDateTime(site.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)
        .ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_edition_page_offers_its_citations_with_an_absolute_permalink_and_todays_date()
    {
        var (status, page) = await site.Client.GetPageAsync("/editions/2026-02-05");
        status.Should().Be(HttpStatusCode.OK);
        var box = page.QuerySelector("details.cite-this")!;
        box.QuerySelector("summary")!.TextContent.Should().Be("Cite this edition");
        string permalink = new Uri(site.BaseAddress, "/editions/2026-02-05").ToString();
        box.QuerySelector(".cite-link-text")!.TextContent.Should().Be(permalink);
        box.QuerySelector(".cite-chicago")!.TextContent.Should().Be(
            "Manyin, Mark E., Cathleen D. Cimino-Isaacs, Kyla H. Kitamura, and Daniel J. Longo. \"U.S.-Japan Relations.\" CRS In Focus IF10199. " +
            $"Congressional Research Service, February 5, 2026. Accessed {Today}. {permalink}.");
        box.QuerySelector(".cite-apa")!.TextContent.Should().EndWith($"Retrieved {Today}, from {permalink}");
        box.QuerySelector(".cite-bibtex")!.TextContent.Should().StartWith("@techreport{manyin2026,");
        box.QuerySelectorAll("button.copy").Should().HaveCount(4).And.OnlyContain(b => b.HasAttribute("hidden"), "the buttons appear only with JavaScript");
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().ContainSingle(s => s!.StartsWith("/js/cite.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_section_page_offers_section_citations_and_every_paragraph_a_cite_link_that_answers()
    {
        foreach (var edition in Catalog.All)
        {
            foreach (var section in edition.AllSections())
            {
                var (_, page) = await site.Client.GetPageAsync(Urls.Section(edition.Id, section.Slug));
                page.QuerySelector("details.cite-this summary")!.TextContent.Should().Be("Cite this section");
                page.QuerySelector("details.cite-this .cite-link-text")!.TextContent.Should().Be(new Uri(site.BaseAddress, Urls.Section(edition.Id, section.Slug)).ToString());
                foreach (var block in section.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
                {
                    string? cite = page.GetElementById(block.Anchor)!.QuerySelector("a.cite-link")?.GetAttribute("href");
                    cite.Should().Be(Urls.Cite(edition.Id, section.Slug, block.Anchor));
                }
            }

            foreach (var (section, block) in edition.AllBlocks().Where(b => b.Block.Kind != BlockKind.List).Take(3))
            {
                var (status, cite) = await site.Client.GetPageAsync(Urls.Cite(edition.Id, section.Slug, block.Anchor));
                status.Should().Be(HttpStatusCode.OK, $"{edition.Id}/{section.Slug}/{block.Anchor}");
                cite.QuerySelector("details.cite-this")!.HasAttribute("open").Should().BeTrue();
                cite.QuerySelector(".cite-chicago")!.TextContent.Should().Contain($"Accessed {Today}. ").And.EndWith($"{Urls.Block(edition.Id, section.Slug, block.Anchor)}.");
            }
        }
    }

    [Fact]
    public async Task The_cite_page_of_a_paragraph_quotes_it_and_links_with_a_text_fragment()
    {
        var (status, page) = await site.Client.GetPageAsync("/cite/2026-02-05/china/p9");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Cite this paragraph");
        page.QuerySelector(".cited-text")!.TextContent.Should().StartWith("After entering office in October 2025, one of Takaichi's first summits");
        page.QuerySelector(".cite-link-text")!.TextContent.Should().Be(
            new Uri(site.BaseAddress, "/editions/2026-02-05/china").ToString() + "#p9:~:text=After%20entering%20office%20in,to%20the%20Taiwan%20Strait.");
        page.QuerySelector("link[rel=alternate]")!.GetAttribute("href").Should().Be("/api/cite/2026-02-05/china/p9");
    }

    [Fact]
    public async Task The_json_twin_gives_permalink_link_and_all_three_styles()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/cite/2016-03-11");
        status.Should().Be(HttpStatusCode.OK);
        string permalink = new Uri(site.BaseAddress, "/editions/2016-03-11").ToString();
        json.GetProperty("permalink").GetString().Should().Be(permalink);
        json.GetProperty("chicago").GetString().Should().Be(
            $"U.S. Department of State, Bureau of East Asian and Pacific Affairs. \"U.S. Relations With Japan.\" Fact Sheet. March 11, 2016. Accessed {Today}. {permalink}.");
        json.GetProperty("apa").GetString().Should().StartWith("U.S. Department of State, Bureau of East Asian and Pacific Affairs. (2016, March 11).");
        json.GetProperty("bibtex").GetString().Should().StartWith("@techreport{us2016,");
    }

    [Theory]
    [InlineData("/cite/2024", "/cite/2024-11-05")]
    [InlineData("/cite/2026-02-05/regional-relations/p9", "/cite/2026-02-05/china/p9")]
    [InlineData("/api/cite/2024", "/api/cite/2024-11-05")]
    public async Task A_year_or_a_paragraph_cited_through_its_parent_section_redirects_to_the_canonical_cite_url(string path, string location)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be(location);
    }

    [Theory]
    [InlineData("/cite/1999", "1999")]
    [InlineData("/cite/2026-02-05/nowhere", "nowhere")]
    [InlineData("/cite/2026-02-05/china/p99", "p99")]
    [InlineData("/cite/2026-02-05/china/%3Cb%3E", "<b>")]
    public async Task Unknown_things_to_cite_answer_a_helpful_404(string path, string named)
    {
        var (status, page) = await site.Client.GetPageAsync(path);
        status.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("main")!.TextContent.Should().Contain(named);
        page.QuerySelectorAll("main a").Should().Contain(a => a.GetAttribute("href")!.StartsWith("/cite/", StringComparison.Ordinal));
        var (jsonStatus, _) = await site.Client.GetJsonAsync("/api" + path);
        jsonStatus.Should().Be(HttpStatusCode.NotFound);
    }
}
