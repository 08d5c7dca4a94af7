namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>Script is progressive enhancement: with JavaScript off every page reads and every link works.</summary>
[Collection(BrowserCollection.Name)]
public class ScriptOffTests(BrowserSite browser)
{
    [Fact]
    public async Task Every_page_type_shows_its_content_with_JavaScript_off()
    {
        await using var session = await browser.OpenAsync(javaScript: false);
        var page = session.Page;
        foreach (var (type, path, status, _) in SitePages.All)
        {
            var response = await page.GotoAsync(path);
            response!.Status.Should().Be(status, path);
            (await page.Locator("main h1").First.IsVisibleAsync()).Should().BeTrue($"{type} shows its heading");
            (await page.Locator("main").InnerTextAsync()).Length.Should().BeGreaterThan(80, $"{type} shows text");
        }
    }

    [Fact]
    public async Task Every_link_on_the_home_page_answers_without_script()
    {
        await using var session = await browser.OpenAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/");
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.getAttribute('href'))");
        hrefs.Should().Contain("/editions/2026-02-05");

        var broken = new List<string>();
        foreach (string href in hrefs.Distinct(StringComparer.Ordinal))
        {
            var response = await page.APIRequest.GetAsync(href);
            if (response.Status != 200)
            {
                broken.Add($"{href} answered {response.Status}");
            }
        }

        broken.Should().BeEmpty();
    }

    [Fact]
    public async Task Reader_navigates_and_searches_by_clicking_with_script_off()
    {
        await using var session = await browser.OpenAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/");

        await page.FollowAsync(() => page.Locator(".site-header nav").GetByText("Editions", new() { Exact = true }).ClickAsync(), "/editions");
        await page.FollowAsync(() => page.Locator(".editions-table a[href='/editions/2024-11-05']").ClickAsync(), "/editions/2024-11-05");
        await page.FillAsync("#site-search", "tariffs");
        await page.FollowAsync(() => page.ClickAsync(".search-box button"), "/search?q=tariffs");
        (await page.Locator("a.search-hit-link").CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Citations_stay_selectable_and_copy_buttons_stay_hidden_with_script_off()
    {
        await using var session = await browser.OpenAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/cite/2026-02-05/china/p9");

        (await page.Locator("textarea.cite-chicago").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("textarea.cite-chicago").InputValueAsync()).Should().Contain("February 5, 2026");
        (await page.Locator("button.copy").First.IsVisibleAsync()).Should().BeFalse("a button that cannot work is not shown");
    }
}
