using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>The 2024 → 2026 comparison in a real browser: columns, headers, keyboard stepping, views, phone, paper.</summary>
[Collection(BrowserCollection.Name)]
public class CompareTests(BrowserSite browser)
{
    private const string Comparison = "/compare/2024-11-05/2026-02-05";

    [Fact]
    public async Task Reader_opens_the_latest_comparison_from_home_and_steps_through_changes_with_the_keyboard()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "What changed from November 5, 2024 to February 5, 2026" }).ClickAsync(), Comparison);
        (await page.Locator("h1").TextContentAsync()).Should().Be("What changed from November 5, 2024 to February 5, 2026");
        var changes = page.Locator(".cmp-row.is-change");
        int count = await changes.CountAsync();
        count.Should().BeGreaterThan(3);
        string firstId = (await changes.Nth(0).GetAttributeAsync("id"))!;
        string secondId = (await changes.Nth(1).GetAttributeAsync("id"))!;

        await page.FollowAsync(() => page.Keyboard.PressAsync("j"), Comparison + "#" + firstId);
        (await ActiveIdAsync(page)).Should().Be(firstId, "j focuses the first change");
        (await PageChecks.TopIsInViewportAsync(page, "#" + firstId)).Should().BeTrue();

        await page.Keyboard.PressAsync("n");
        (await ActiveIdAsync(page)).Should().Be(secondId, "n moves on to the next change");
        (await PageChecks.TopIsInViewportAsync(page, "#" + secondId)).Should().BeTrue();

        await page.Keyboard.PressAsync("k");
        (await ActiveIdAsync(page)).Should().Be(firstId, "k goes back");
        (await page.Locator("[data-change-nav] [aria-live]").TextContentAsync()).Should().Be($"Change 1 of {count}");

        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next change ▶" });
        await page.FollowAsync(() => next.ClickAsync(), Comparison + "#" + secondId);
        (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Should().Be("Next change ▶", "the button keeps focus, so the next press works");
        string thirdId = (await changes.Nth(2).GetAttributeAsync("id"))!;
        await page.FollowAsync(() => page.Keyboard.PressAsync("Enter"), Comparison + "#" + thirdId);
        (await PageChecks.TopIsInViewportAsync(page, "#" + thirdId)).Should().BeTrue();
    }

    [Fact]
    public async Task Stepping_starts_from_where_the_reader_is_and_wraps_at_the_end_with_a_message()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync(Comparison);
        var changes = page.Locator(".cmp-row.is-change");
        int count = await changes.CountAsync();
        (await page.Locator("[data-shortcuts]").IsVisibleAsync()).Should().BeTrue("the shortcuts are listed on the page");
        (await page.Locator("[data-shortcuts]").TextContentAsync()).Should().Contain("j").And.Contain("k");

        // The reader follows a summary link far down the page: j goes to the next change below, not back to the top.
        await page.FollowAsync(() => page.Locator(".cmp-summary a[href='#economic-and-trade-issues']").ClickAsync(), "#economic-and-trade-issues");
        double before = await page.EvaluateAsync<double>("() => scrollY");
        await page.Keyboard.PressAsync("j");
        string landed = (await ActiveIdAsync(page))!;
        (await page.EvaluateAsync<double>("() => scrollY")).Should().BeGreaterThanOrEqualTo(before, "j never jumps back up");
        (await page.EvaluateAsync<bool>("id => document.getElementById(id).closest('section').id === 'economic-and-trade-issues'", landed)).Should().BeTrue();

        // Nothing covers the change landed on: the stepping bar sits in the sticky header, above it.
        (await PageChecks.StyleAsync(page, ".cmp-toolbar", "position")).Should().NotBe("fixed");
        var sticky = (await page.Locator(".cmp-sticky").BoundingBoxAsync())!;
        var row = (await page.Locator("#" + landed).BoundingBoxAsync())!;
        row.Y.Should().BeGreaterThanOrEqualTo(sticky.Y + sticky.Height - 1);

        // Past the last change: back to the first, and the reader is told.
        for (int i = 0; i < count + 1 && (await ActiveIdAsync(page)) != await changes.Nth(count - 1).GetAttributeAsync("id"); i++)
        {
            await page.Keyboard.PressAsync("j");
        }

        await page.Keyboard.PressAsync("j");
        (await ActiveIdAsync(page)).Should().Be(await changes.Nth(0).GetAttributeAsync("id"));
        (await page.Locator("[data-change-nav] [aria-live]").TextContentAsync()).Should().StartWith("Past the last change: back to the first.");
        await page.Keyboard.PressAsync("k");
        (await ActiveIdAsync(page)).Should().Be(await changes.Nth(count - 1).GetAttributeAsync("id"), "and k before the first goes to the last");
    }

    [Fact]
    public async Task Compare_link_of_a_section_lands_on_that_section_below_the_sticky_header()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05/china");

        await page.FollowAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Compare with the previous edition (November 5, 2024)" }).ClickAsync(), Comparison + "#china");
        (await PageChecks.TargetIdAsync(page)).Should().Be("china");
        var heading = (await page.Locator("#h-china").BoundingBoxAsync())!;
        var header = (await page.Locator(".cmp-columns-head").BoundingBoxAsync())!;
        heading.Y.Should().BeGreaterThanOrEqualTo(header.Y + header.Height - 1, "the sticky header does not cover the landed heading");
        heading.Y.Should().BeLessThan(BrowserSite.Desktop.Height / 2);
    }

    [Fact]
    public async Task Typing_j_in_the_search_box_types_rather_than_jumping()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(Comparison);

        await page.FocusAsync("#site-search");
        await page.Keyboard.TypeAsync("jnkp");

        (await page.InputValueAsync("#site-search")).Should().Be("jnkp");
        page.Url.Should().NotContain("#");
    }

    [Fact]
    public async Task Side_by_side_rows_align_the_two_editions_and_the_sticky_header_names_both()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync(Comparison + "?view=side");

        var head = page.Locator(".cmp-columns-head");
        (await head.Locator(".cmp-old").TextContentAsync()).Should().Contain("November 5, 2024");
        (await head.Locator(".cmp-new").TextContentAsync()).Should().Contain("February 5, 2026");

        var row = page.Locator(".cmp-row.st-changed").Nth(3);
        await row.ScrollIntoViewIfNeededAsync();
        await page.Mouse.WheelAsync(0, 200);
        await page.WaitForFunctionAsync("() => scrollY > 500");
        (await head.BoundingBoxAsync())!.Y.Should().BeApproximately(0, 1, "the column header sticks to the top while reading");

        var older = (await row.Locator(".cmp-old").BoundingBoxAsync())!;
        var newer = (await row.Locator(".cmp-new").BoundingBoxAsync())!;
        newer.Y.Should().BeApproximately(older.Y, 1, "both editions of a paragraph start on the same line, so the columns scroll together");
        newer.X.Should().BeGreaterThan(older.X + older.Width, "newer is right of older");
        (await page.Locator(".cmp-inline").First.IsVisibleAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Reader_switches_between_side_by_side_and_inline()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync(Comparison + "?view=side");

        await page.FollowAsync(() => page.Locator(".cmp-controls").GetByRole(AriaRole.Link, new() { Name = "Inline", Exact = true }).ClickAsync(), Comparison + "?view=inline");
        (await page.Locator(".cmp-row.st-changed .cmp-inline").First.IsVisibleAsync()).Should().BeTrue();
        (await page.Locator(".cmp-columns-head").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator(".cmp-controls a[aria-current=page]").TextContentAsync()).Should().Be("Inline");

        await page.FollowAsync(() => page.Locator(".cmp-controls").GetByRole(AriaRole.Link, new() { Name = "Side by side", Exact = true }).ClickAsync(), Comparison + "?view=side");
        (await page.Locator(".cmp-columns-head").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator(".cmp-row.st-changed .cmp-new").First.IsVisibleAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Side_by_side_becomes_inline_at_phone_width_without_sideways_scrolling()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync(Comparison);

        (await page.Locator(".cmp-row.st-changed .cmp-inline").First.IsVisibleAsync()).Should().BeTrue();
        (await page.Locator(".cmp-row.st-changed .cmp-old").First.IsVisibleAsync()).Should().BeFalse();
        (await page.Locator(".cmp-columns-head").IsVisibleAsync()).Should().BeFalse();
        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0);
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task Insertions_and_deletions_are_distinguishable_without_colour(string media)
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(Comparison + "?view=inline");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media == "print" ? Media.Print : Media.Screen });

        (await PageChecks.StyleAsync(page, ".cmp-inline ins:not(.typo)", "text-decoration-line")).Should().Be("underline");
        (await PageChecks.StyleAsync(page, ".cmp-inline del:not(.typo)", "text-decoration-line")).Should().Be("line-through");
        (await page.Locator(".cmp-inline ins").CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator(".cmp-inline del").CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Printing_a_comparison_keeps_both_columns_and_drops_the_controls()
    {
        await using var session = await browser.OpenAsync(colorScheme: ColorScheme.Dark);
        var page = session.Page;
        await page.GotoAsync(Comparison + "?view=side");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await page.Locator(".cmp-controls").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("[data-change-nav]").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator(".site-header").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator(".cmp-row.st-changed .cmp-new").First.IsVisibleAsync()).Should().BeTrue();
        (await PageChecks.StyleAsync(page, ".cmp-columns-head", "position")).Should().Be("static", "a sticky header would cover text on paper");
        (await PageChecks.StyleAsync(page, ".cmp-new ins:not(.typo)", "color")).Should().Be("rgb(0, 0, 0)");
        (await PageChecks.StyleAsync(page, ".cmp-new ins:not(.typo)", "text-decoration-line")).Should().Be("underline");
        (await PageChecks.StyleAsync(page, "body", "color")).Should().Be("rgb(0, 0, 0)");

        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Landscape = true });
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
    }

    [Fact]
    public async Task Comparison_reads_and_links_work_with_script_off()
    {
        await using var session = await browser.OpenAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync(Comparison);

        (await page.Locator("[data-change-nav]").IsVisibleAsync()).Should().BeFalse("the stepping buttons need script and stay hidden");
        var summaryLink = page.Locator(".cmp-summary tbody a").First;
        string href = (await summaryLink.GetAttributeAsync("href"))!;
        await page.FollowAsync(() => summaryLink.ClickAsync(), href);
        (await PageChecks.TargetIdAsync(page)).Should().Be(href.TrimStart('#'));
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");
}
