using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>What a reader does, click by click, in real Chromium against the real site.</summary>
[Collection(BrowserCollection.Name)]
public class ReadingFlowTests(BrowserSite browser)
{
    [Fact]
    public async Task Reader_goes_from_home_to_an_edition_to_a_section_and_follows_a_paragraph_permalink()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        await page.FollowAsync(() => page.Locator(".timeline a[href='/editions/2026-02-05']").ClickAsync(), "/editions/2026-02-05");
        (await page.Locator("h1").TextContentAsync()).Should().Contain("February 5, 2026");

        await page.FollowAsync(() => page.Locator(".toc").GetByRole(AriaRole.Link, new() { Name = "China", Exact = true }).ClickAsync(), "/editions/2026-02-05/china");
        (await page.Locator("h1").TextContentAsync()).Should().StartWith("China");

        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Link to this paragraph (p9)" }).ClickAsync(), "/editions/2026-02-05/china#p9");
        (await PageChecks.TargetIdAsync(page)).Should().Be("p9");
        (await PageChecks.TopIsInViewportAsync(page, "#p9")).Should().BeTrue();
    }

    [Fact]
    public async Task Opening_a_paragraph_permalink_lands_on_that_paragraph_in_view_and_highlighted()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/editions/2026-02-05/china#p9");

        (await PageChecks.TargetIdAsync(page)).Should().Be("p9");
        (await PageChecks.TopIsInViewportAsync(page, "#p9")).Should().BeTrue();
        (await page.Locator("#p9").TextContentAsync()).Should().StartWith("After entering office in October 2025");
        (await PageChecks.StyleAsync(page, "#p9", "outline-style")).Should().Be("solid", "the landed paragraph is marked");
    }

    [Fact]
    public async Task The_same_permalink_lands_on_the_paragraph_inside_the_whole_edition_page_too()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/editions/2026-02-05#p9");

        (await PageChecks.TargetIdAsync(page)).Should().Be("p9");
        (await PageChecks.TopIsInViewportAsync(page, "#p9")).Should().BeTrue();
        (await page.EvaluateAsync<double>("() => scrollY")).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Reader_searches_from_the_header_and_opens_a_result_on_its_paragraph()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search every edition" }).FillAsync("Okinawa");
        await page.FollowAsync(() => page.Keyboard.PressAsync("Enter"), "/search?q=Okinawa");
        var results = page.Locator("a.search-hit-link");
        (await results.CountAsync()).Should().BeGreaterThan(1);
        string href = (await results.First.GetAttributeAsync("href"))!;
        href.Should().MatchRegex("^/editions/[^/]+/[^/#]+#[ptl][0-9]+(:~:text=.+)?$", "a result links to its paragraph, perhaps with a text fragment");
        string pathAndAnchor = href.Split(":~:")[0];
        string anchor = pathAndAnchor[(pathAndAnchor.IndexOf('#', StringComparison.Ordinal) + 1)..];

        await page.FollowAsync(() => results.First.ClickAsync(), new Regex(Regex.Escape(pathAndAnchor) + "(:~:.*)?$")); // the browser may keep or drop the text fragment
        (await PageChecks.TargetIdAsync(page)).Should().Be(anchor);
        (await PageChecks.TopIsInViewportAsync(page, "#" + anchor)).Should().BeTrue();
        (await page.Locator("#" + anchor).TextContentAsync()).Should().Contain("Okinawa");
    }

    [Fact]
    public async Task Reader_opens_a_topic_from_the_topics_matrix()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/topics");

        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Okinawa and the bases" }).First.ClickAsync(), "/topics/okinawa-and-bases");
        (await page.Locator("h1").TextContentAsync()).Should().Contain("Okinawa");
        (await page.Locator("main blockquote").CountAsync()).Should().BeGreaterThan(0, "the topic quotes passages from the editions");
    }

    [Fact]
    public async Task Reader_opens_a_fact_and_follows_it_to_its_sentence()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.FollowAsync(() => page.Locator(".site-header nav").GetByRole(AriaRole.Link, new() { Name = "Facts", Exact = true }).ClickAsync(), "/facts");

        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "U.S. troops based in Japan" }).First.ClickAsync(), "/facts/us-troops-in-japan");
        (await page.Locator("h1").TextContentAsync()).Should().Be("U.S. troops based in Japan");
        var quote = page.Locator("#edition-2026-02-05 blockquote").First;
        string figure = (await quote.Locator("mark").TextContentAsync())!;
        var source = quote.Locator("footer a");
        string href = (await source.GetAttributeAsync("href"))!;
        href.Should().MatchRegex("^/editions/2026-02-05/[^/#]+#p[0-9]+$");

        await page.FollowAsync(() => source.ClickAsync(), href);
        string anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        (await PageChecks.TargetIdAsync(page)).Should().Be(anchor);
        (await PageChecks.TopIsInViewportAsync(page, "#" + anchor)).Should().BeTrue();
        (await page.Locator("#" + anchor).TextContentAsync()).Should().Contain(figure).And.Contain("troops");
    }

    [Fact]
    public async Task Reader_copies_a_paragraph_citation_link_to_the_clipboard()
    {
        await using var session = await browser.OpenAsync();
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05/china#p9");

        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Cite this paragraph (p9)" }).ClickAsync(), "/cite/2026-02-05/china/p9");
        var field = page.GetByLabel("Link", new() { Exact = true });
        string link = await field.InputValueAsync();
        link.Should().StartWith(browser.Site.BaseAddress.ToString().TrimEnd('/') + "/editions/2026-02-05/china#p9");

        var copy = page.Locator("button.copy[data-copy='" + await field.GetAttributeAsync("id") + "']");
        (await copy.TextContentAsync()).Should().Be("Copy link");
        await copy.ClickAsync();

        await Assertions.Expect(copy).ToHaveTextAsync("Copied");
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(link);
        string chicago = await page.GetByLabel("Chicago").InputValueAsync();
        chicago.Should().Contain("Congressional Research Service").And.Contain("February 5, 2026");
    }
}
