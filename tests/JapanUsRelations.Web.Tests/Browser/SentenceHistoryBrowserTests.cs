using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// In Chromium: a paragraph's cite page lists its sentences with their histories; arriving by a sentence's own link
/// (<c>#p1-s5</c>) lands on that sentence, marked by an outline (not colour alone); following a counterpart's link
/// lands on the counterpart sentence of the other edition. axe-clean in light and dark, wide and at phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SentenceHistoryBrowserTests(BrowserSite browser)
{
    [Fact]
    public async Task A_sentence_s_own_link_lands_on_it_outlined_and_the_page_is_axe_clean()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop);
        var page = session.Page;
        await page.GotoAsync("/cite/2026-02-05/overview/p1#p1-s5");

        (await PageChecks.TargetIdAsync(page)).Should().Be("p1-s5");
        (await PageChecks.TopIsInViewportAsync(page, "#p1-s5")).Should().BeTrue("the browser scrolls to the sentence linked to");
        (await PageChecks.StyleAsync(page, "#p1-s5", "outline-style")).Should().Be("solid", "the sentence linked to is outlined, not only coloured");
        (await PageChecks.StyleAsync(page, "#p1-s4", "outline-style")).Should().Be("none");
        (await page.Locator("#p1-s5 .sentence-line").InnerTextAsync()).Should().Contain("This sentence first appears in February 2026");
        (await page.Locator("ol.sentences > li").CountAsync()).Should().Be(7);

        var violations = await Axe.ViolationsAsync(page);
        violations.Should().BeEmpty("the sentence history should pass axe-core:\n{0}\n", string.Join("\n", violations));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await Axe.ViolationsAsync(page, coloursOnly: true);
        dark.Should().BeEmpty("its colours should pass in dark mode too:\n{0}\n", string.Join("\n", dark));
    }

    [Fact]
    public async Task Following_the_earlier_wording_lands_on_the_2024_sentence_and_the_phone_page_neither_overflows_nor_fails_axe()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync("/cite/2026-02-05/overview/p1");
        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0);
        var violations = await Axe.ViolationsAsync(page);
        violations.Should().BeEmpty("the sentence history at phone width should pass axe-core:\n{0}\n", string.Join("\n", violations));

        await page.FollowAsync(() => page.Locator("#p1-s6 li.sentence-earlier a").ClickAsync(), "/cite/2024-11-05/overview/p1#p1-s5");
        (await PageChecks.TargetIdAsync(page)).Should().Be("p1-s5");
        (await page.Locator("#p1-s5 .sentence-words").InnerTextAsync()).Should().Be(
            "The two countries also collaborate bilaterally and multilaterally on science and technology, global health, energy, and climate change.");
        (await page.Locator("#p1-s5 li.sentence-later a").GetAttributeAsync("href")).Should().Be("/cite/2026-02-05/overview/p1#p1-s6", "the link goes both ways");
    }
}
