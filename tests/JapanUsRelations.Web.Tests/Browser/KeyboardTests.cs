using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>The site works from the keyboard: a skip link first, and a focus ring you can see on every stop.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserSite browser)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task First_Tab_shows_the_skip_link_and_Enter_moves_focus_to_the_main_content(ColorScheme scheme)
    {
        await using var session = await browser.OpenAsync(colorScheme: scheme);
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05");

        await page.Keyboard.PressAsync("Tab");

        (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).Should().Be("Skip to content");
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        box!.X.Should().BeGreaterThanOrEqualTo(0, "the focused skip link is on screen");
        box.Y.Should().BeGreaterThanOrEqualTo(0);
        await AssertFocusRingVisibleAsync(page);

        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("main");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"))
            .Should().BeTrue("the next Tab after skipping lands inside the content, not the header");
    }

    [Fact]
    public async Task Every_tab_stop_on_a_section_page_has_a_visible_focus_ring()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05/china");

        var seen = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            string focused = await page.EvaluateAsync<string>(
                "() => document.activeElement.tagName + ' ' + (document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent.trim().slice(0, 30))");
            if (focused.StartsWith("BODY", StringComparison.Ordinal))
            {
                break; // past the last stop: focus left the document
            }

            seen.Add(focused);
            await AssertFocusRingVisibleAsync(page, $"stop {i + 1} ({focused})");
        }

        seen.Should().HaveCountGreaterThan(12);
        seen[0].Should().Be("A Skip to content");
        seen.Should().Contain(s => s.StartsWith("INPUT", StringComparison.Ordinal), "the search box is reachable");
        seen.Should().Contain("SUMMARY Cite this section", "the citation box opens from the keyboard");
        seen.Should().Contain("A Link to this paragraph (p9)", "paragraph permalinks are reachable");
    }

    [Fact]
    public async Task Header_search_works_from_the_keyboard_alone()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        await page.FocusAsync("#site-search");
        await page.Keyboard.TypeAsync("Takaichi");
        await page.FollowAsync(() => page.Keyboard.PressAsync("Enter"), "/search?q=Takaichi");
        (await page.Locator("a.search-hit-link").CountAsync()).Should().BeGreaterThan(0);
    }

    private static async Task AssertFocusRingVisibleAsync(IPage page, string? what = null)
    {
        var ring = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            """
            () => {
              const s = getComputedStyle(document.activeElement);
              return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, background: getComputedStyle(document.body).backgroundColor };
            }
            """);
        ring.GetProperty("style").GetString().Should().NotBe("none", $"focus on {what} is visible");
        ring.GetProperty("width").GetDouble().Should().BeGreaterThanOrEqualTo(2, $"focus ring on {what} is at least 2px");
        ring.GetProperty("color").GetString().Should().NotBe(ring.GetProperty("background").GetString(), $"focus ring on {what} differs from the page background");
    }
}
