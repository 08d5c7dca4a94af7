using System.Buffers.Binary;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// Screenshots of the main pages at desktop (1280×900) and phone (390×844) width, light mode, for the README.
/// Written to docs/screenshots/ only with UPDATE_SCREENSHOTS=1 (see docs/browser-tests.md).
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScreenshotTests(BrowserSite browser)
{
    public static TheoryData<string> Widths => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Main_pages_are_screenshotted_at_the_width_of_a(string width)
    {
        var viewport = width == "desktop" ? BrowserSite.Desktop : BrowserSite.Phone;
        await using var session = await browser.OpenAsync(viewport);
        var page = session.Page;
        foreach (var (_, path, _, name) in SitePages.All.Where(p => p.Screenshot is not null))
        {
            await page.GotoAsync(path);
            await page.EvaluateAsync("() => document.fonts.ready");

            byte[] png = await Screenshots.TakeAsync(page, $"{name}-{width}");

            png.AsSpan(1, 3).ToArray().Should().Equal("PNG"u8.ToArray(), name);
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(viewport.Width, $"{name} is {width} wide");
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(viewport.Height);
        }
    }

    [Fact]
    public async Task Dark_mode_edition_is_screenshotted_for_the_README()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Desktop, ColorScheme.Dark);
        await session.Page.GotoAsync("/editions/2026-02-05/china#p9");

        byte[] png = await Screenshots.TakeAsync(session.Page, "section-dark-desktop");

        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(1280);
    }
}
