using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.x A/AA and best practices) finds no violation on any page type: every rule in light mode, then the
/// colour rules again after switching the same page to dark mode (dark mode only changes colour variables).
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserSite browser)
{
    public static TheoryData<string, string> Pages => SitePages.Theory();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations_in_light_and_in_dark_mode(string pageType, string path)
    {
        await using var session = await browser.OpenAsync(colorScheme: ColorScheme.Light);
        var response = await session.Page.GotoAsync(path);
        response!.Status.Should().Be(SitePages.StatusOf(pageType), path);

        var light = await Axe.ViolationsAsync(session.Page);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        (await session.Page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches")).Should().BeTrue();
        var dark = await Axe.ViolationsAsync(session.Page, coloursOnly: true); // the scheme only swaps colour variables

        light.Should().BeEmpty("{0} ({1}) in light mode should pass axe-core:\n{2}\n", pageType, path, string.Join("\n", light));
        dark.Should().BeEmpty("{0} ({1}) in dark mode should pass axe-core:\n{2}\n", pageType, path, string.Join("\n", dark));
    }

    [Theory]
    [InlineData("/editions/2026-02-05")]
    [InlineData("/topics")]
    [InlineData("/compare/2024-11-05/2026-02-05")]
    public async Task Wide_pages_have_no_axe_violations_at_phone_width(string path)
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        await session.Page.GotoAsync(path);

        var violations = await Axe.ViolationsAsync(session.Page);

        violations.Should().BeEmpty("{0} at phone width should pass axe-core:\n{1}\n", path, string.Join("\n", violations));
    }
}
