using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// In Chromium: a section's history shows one column per edition side by side on a wide screen and one row per
/// edition on a phone; arriving at a paragraph of an older edition by its fragment, the notice at the top says what
/// became of that very paragraph (forward.js), and says nothing paragraph-specific without a fragment. axe-clean.
/// </summary>
[Collection(BrowserCollection.Name)]
public class HistoryAndForwardTests(BrowserSite browser)
{
    private const string History = "/editions/2026-02-05/overview/history";

    [Fact]
    public async Task History_columns_stand_side_by_side_on_a_wide_screen()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync(History);

        var columns = page.Locator("section.hist-column");
        (await columns.CountAsync()).Should().Be(4);
        var boxes = new List<LocatorBoundingBoxResult>();
        for (int i = 0; i < 4; i++)
        {
            boxes.Add((await columns.Nth(i).BoundingBoxAsync())!);
        }

        boxes.Select(b => Math.Round(b.Y)).Distinct().Should().ContainSingle("the columns start on one line");
        boxes.Select(b => b.X).Should().BeInAscendingOrder("oldest on the left");
        (boxes[^1].X + boxes[^1].Width).Should().BeLessThanOrEqualTo(BrowserSite.Desktop.Width);
        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0);
    }

    [Fact]
    public async Task History_columns_become_rows_on_a_phone_and_the_page_is_axe_clean_there()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync(History);

        var columns = page.Locator("section.hist-column");
        var previous = (await columns.Nth(0).BoundingBoxAsync())!;
        for (int i = 1; i < 4; i++)
        {
            var box = (await columns.Nth(i).BoundingBoxAsync())!;
            box.Y.Should().BeGreaterThanOrEqualTo(previous.Y + previous.Height, $"edition {i + 1} stands below edition {i}");
            box.X.Should().BeApproximately(previous.X, 1);
            (box.X + box.Width).Should().BeLessThanOrEqualTo(BrowserSite.Phone.Width);
            previous = box;
        }

        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0);
        var violations = await Axe.ViolationsAsync(page);
        violations.Should().BeEmpty("the history at phone width should pass axe-core:\n{0}\n", string.Join("\n", violations));
    }

    [Fact]
    public async Task Arriving_at_a_removed_paragraph_by_its_fragment_the_notice_says_it_was_removed()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync("/editions/2024-11-05/russia-and-ukraine#p9");

        var slot = page.Locator(".forward-notice .forward-para");
        await slot.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        string text = await slot.InnerTextAsync();
        text.Should().StartWith("The paragraph you followed (p9): removed February 2026");
        (await slot.Locator("a").GetAttributeAsync("href")).Should().Be("/compare/2024-11-05/2026-02-05#o-p9");
        (await page.Locator("#history-p9").GetAttributeAsync("class")).Should().Contain("followed");

        var violations = await Axe.ViolationsAsync(page);
        violations.Should().BeEmpty("the notice should pass axe-core:\n{0}\n", string.Join("\n", violations));
    }

    [Fact]
    public async Task Following_another_paragraph_s_fragment_updates_the_notice_and_no_fragment_hides_it()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync("/editions/2024-11-05/overview");
        var slot = page.Locator(".forward-notice .forward-para");
        (await slot.IsHiddenAsync()).Should().BeTrue("no paragraph was followed");
        (await page.Locator(".forward-notice").InnerTextAsync()).Should().Contain("this section has changed");

        await page.EvaluateAsync("() => { location.hash = 'p1'; }");
        await slot.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        (await slot.InnerTextAsync()).Should().StartWith("The paragraph you followed (p1): in the latest edition (February 2026): reworded");
        (await slot.Locator("a").GetAttributeAsync("href")).Should().Be("/editions/2026-02-05/overview#p1");

        await page.EvaluateAsync("() => { location.hash = 'p2'; }");
        await page.WaitForFunctionAsync("() => document.querySelector('.forward-para').textContent.includes('(p2)')");
        (await slot.InnerTextAsync()).Should().Contain("removed February 2026");
        (await page.Locator(".para-history.followed").CountAsync()).Should().Be(1, "only the paragraph followed is highlighted");
    }
}
