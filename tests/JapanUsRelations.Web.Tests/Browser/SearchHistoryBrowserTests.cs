using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// The search page across history in real Chromium: each hit's history line is shown, a reworded passage links to
/// where it stands now, the order and scope controls work, and the page is axe clean (light, dark, phone width).
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchHistoryBrowserTests(BrowserSite browser)
{
    // "pacifist constitution": the defense-posture paragraph of 2024 (p6) and of 2026 (p8), reworded between them.
    private const string BothEditions = "/search?q=%22pacifist%20constitution%22";

    [Fact]
    public async Task A_reader_sees_where_each_hit_stands_and_follows_an_old_passage_to_where_it_stands_now()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(BothEditions);

        var notes = page.Locator(".search-hit .hit-history");
        (await notes.CountAsync()).Should().Be(2);
        (await notes.Nth(0).InnerTextAsync()).Should().Contain("in the latest edition");
        (await notes.Nth(1).InnerTextAsync()).Should().Contain("Reworded February 2026");
        (await notes.Nth(1).IsVisibleAsync()).Should().BeTrue();

        await page.FollowAsync(
            () => page.Locator(".search-hit").Nth(1).GetByRole(AriaRole.Link, new() { Name = "Where it stands now" }).ClickAsync(),
            "/editions/2026-02-05/japan-strengthens-its-defense-posture#p8");
        (await PageChecks.TargetIdAsync(page)).Should().Be("p8");
        (await page.Locator("#p8").TextContentAsync()).Should().Contain("pacifist constitution");
    }

    [Fact]
    public async Task A_reader_narrows_to_the_latest_editions_and_orders_by_relevance_from_the_form()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/search?q=%22material%20support%20for%20Ukraine%22");
        (await page.Locator(".search-hit .hit-history").InnerTextAsync()).Should().Contain("removed February 2026");

        await page.GetByLabel("Only the latest edition of each report").CheckAsync();
        await page.GetByLabel("Order").SelectOptionAsync("relevance");
        await page.FollowAsync(() => page.Locator("form.search-form button[type=submit]").ClickAsync(), new Regex(@"/search\?(?=(.*&)?scope=latest(&|$))(?=(.*&)?order=relevance(&|$))"));
        (await page.Locator(".search-hit").CountAsync()).Should().Be(0, "2026 removed the only passage with the phrase");
    }

    [Theory]
    [InlineData(BothEditions)]
    [InlineData("/search?q=Okinawa&scope=latest&order=relevance")]
    [InlineData("/search?q=Japan&page=2")]
    public async Task The_search_page_with_history_notes_has_no_axe_violations(string path)
    {
        await using var session = await browser.OpenAsync(colorScheme: ColorScheme.Light);
        (await session.Page.GotoAsync(path))!.Status.Should().Be(200);
        var light = await Axe.ViolationsAsync(session.Page);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await Axe.ViolationsAsync(session.Page, coloursOnly: true);
        await using var phone = await browser.OpenAsync(BrowserSite.Phone);
        await phone.Page.GotoAsync(path);
        var narrow = await Axe.ViolationsAsync(phone.Page);

        light.Should().BeEmpty("{0} in light mode:\n{1}", path, string.Join("\n", light));
        dark.Should().BeEmpty("{0} in dark mode:\n{1}", path, string.Join("\n", dark));
        narrow.Should().BeEmpty("{0} at phone width:\n{1}", path, string.Join("\n", narrow));
    }
}
