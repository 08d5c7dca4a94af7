using System.Net;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Editions;

[Collection(SiteCollection.Name)]
public class EditionPagesTests(RunningSite site)
{
    private EditionCatalog Catalog => site.Services.Snapshot().Editions;

    [Fact]
    public async Task Home_lists_the_four_dated_editions_on_the_timeline_and_the_reference_apart()
    {
        var (status, page) = await site.Client.GetPageAsync("/");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll(".timeline li a").Select(a => a.GetAttribute("href"))
            .Should().Equal("/editions/2016-03-11", "/editions/2018", "/editions/2024-11-05", "/editions/2026-02-05");
        page.QuerySelector(".reference-sources a")!.GetAttribute("href").Should().Be("/editions/japan-united-states-relations");
    }

    [Fact]
    public async Task Every_edition_page_answers_200_and_shows_its_title_and_every_section_heading()
    {
        foreach (var edition in Catalog.All)
        {
            var (status, page) = await site.Client.GetPageAsync(Urls.Edition(edition.Id));
            status.Should().Be(HttpStatusCode.OK, edition.Id);
            page.QuerySelector("h1")!.TextContent.Should().Contain(edition.Title);
            var headings = page.QuerySelectorAll(".edition-text h2, .edition-text h3").Select(h => h.TextContent.Trim()).ToList();
            foreach (var section in edition.AllSections())
            {
                headings.Should().Contain(h => h.StartsWith(section.Heading ?? "Introduction", StringComparison.Ordinal), $"{edition.Id} shows {section.Slug}");
            }
        }
    }

    [Fact]
    public async Task Every_section_page_answers_200_shows_its_heading_and_anchors_every_paragraph()
    {
        foreach (var edition in Catalog.All)
        {
            foreach (var section in edition.AllSections())
            {
                var (status, page) = await site.Client.GetPageAsync(Urls.Section(edition.Id, section.Slug));
                status.Should().Be(HttpStatusCode.OK, $"{edition.Id}/{section.Slug}");
                page.QuerySelector("h1")!.TextContent.Should().StartWith(section.Heading ?? "Introduction");
                foreach (var block in section.SelfAndDescendants().SelectMany(s => s.Blocks))
                {
                    page.GetElementById(block.Anchor).Should().NotBeNull($"{edition.Id}/{section.Slug}#{block.Anchor}");
                }

                foreach (var block in section.Blocks.Where(b => b.Kind == Ingestion.Model.BlockKind.Paragraph))
                {
                    page.GetElementById(block.Anchor)!.QuerySelector("a.permalink")!.GetAttribute("href")
                        .Should().Be(Urls.Block(edition.Id, section.Slug, block.Anchor));
                }
            }
        }
    }

    [Fact]
    public async Task A_year_with_one_edition_redirects_to_it()
    {
        using var response = await site.Client.GetAsync(new Uri("/editions/2024", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/editions/2024-11-05");
    }

    [Theory]
    [InlineData("/editions/1999", "1999")]
    [InlineData("/editions/2026-02-05/no-such-section", "no-such-section")]
    [InlineData("/editions/%3Cscript%3E", "<script>")]
    [InlineData("/no/such/page", "/no/such/page")]
    public async Task Unknown_urls_answer_a_helpful_404_that_names_what_was_asked_for(string path, string named)
    {
        var (status, page) = await site.Client.GetPageAsync(path);
        status.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("main")!.TextContent.Should().Contain(named);
        page.QuerySelectorAll("main a").Should().Contain(a => a.GetAttribute("href")!.StartsWith("/editions/", StringComparison.Ordinal));
        page.QuerySelectorAll("script").Where(s => s.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) != true).Should().BeEmpty();
    }

    [Fact]
    public async Task Edition_page_shows_metadata_plainly()
    {
        var (_, page) = await site.Client.GetPageAsync("/editions/2018");
        string meta = page.QuerySelector(".edition-meta")!.TextContent;
        meta.Should().Contain("Congressional Research Service").And.Contain("2018").And.Contain("2018-crs-japan-us-relations-summary.txt");
        var (_, newest) = await site.Client.GetPageAsync("/editions/2026-02-05");
        newest.QuerySelector(".edition-meta")!.TextContent.Should().Contain("February 5, 2026").And.Contain("Daniel J. Longo").And.Contain("IF10199");
    }

    [Fact]
    public async Task Health_endpoint_answers_ok()
    {
        using var response = await site.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        (await response.Content.ReadAsStringAsync()).Should().Be("ok");
    }
}
