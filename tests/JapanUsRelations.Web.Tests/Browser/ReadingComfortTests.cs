using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>Dark mode from the system, a phone-width layout without sideways scrolling, and pages that print.</summary>
[Collection(BrowserCollection.Name)]
public class ReadingComfortTests(BrowserSite browser)
{
    [Fact]
    public async Task Dark_mode_follows_the_system_setting()
    {
        await using var light = await browser.OpenAsync(colorScheme: ColorScheme.Light);
        await light.Page.GotoAsync("/editions/2026-02-05");
        await using var dark = await browser.OpenAsync(colorScheme: ColorScheme.Dark);
        await dark.Page.GotoAsync("/editions/2026-02-05");

        (await PageChecks.StyleAsync(light.Page, "body", "background-color")).Should().Be("rgb(255, 255, 255)");
        (await PageChecks.StyleAsync(light.Page, "body", "color")).Should().Be("rgb(27, 27, 27)");
        (await PageChecks.StyleAsync(dark.Page, "body", "background-color")).Should().Be("rgb(18, 20, 23)");
        (await PageChecks.StyleAsync(dark.Page, "body", "color")).Should().Be("rgb(232, 232, 232)");
        (await PageChecks.StyleAsync(dark.Page, "#site-search", "background-color")).Should().Be("rgb(18, 20, 23)", "form fields follow the scheme too");
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_phone_width()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        var overflowing = new List<string>();
        foreach (var (type, path, _, _) in SitePages.All)
        {
            await page.GotoAsync(path);
            int overflow = await PageChecks.HorizontalOverflowAsync(page);
            if (overflow > 0)
            {
                string culprits = await page.EvaluateAsync<string>(
                    "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
                overflowing.Add($"{type} ({path}) by {overflow}px: {culprits}");
            }
        }

        overflowing.Should().BeEmpty();
    }

    [Fact]
    public async Task Wide_tables_scroll_inside_their_own_keyboard_reachable_region_at_phone_width()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05");

        var region = page.Locator("#t1 .table-scroll");
        (await region.GetAttributeAsync("role")).Should().Be("region");
        (await region.GetAttributeAsync("tabindex")).Should().Be("0");
        (await region.GetAttributeAsync("aria-label")).Should().NotBeNullOrWhiteSpace();
        (await region.EvaluateAsync<int>("e => e.clientWidth")).Should().BeLessThanOrEqualTo(390);
    }

    [Fact]
    public async Task Phone_width_keeps_the_navigation_and_search_on_screen()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync("/");

        foreach (string name in new[] { "Editions", "Compare", "Topics", "Facts" })
        {
            var box = await page.Locator(".site-header nav").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).BoundingBoxAsync();
            box.Should().NotBeNull(name);
            (box!.X + box.Width).Should().BeLessThanOrEqualTo(390, $"{name} is on screen");
        }

        var search = await page.Locator("#site-search").BoundingBoxAsync();
        (search!.X + search.Width).Should().BeLessThanOrEqualTo(390);
    }

    [Fact]
    public async Task Printing_a_section_hides_the_site_chrome_prints_black_on_white_and_names_the_address()
    {
        await using var session = await browser.OpenAsync(colorScheme: ColorScheme.Dark);
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05/china#p9");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (string chrome in new[] { ".site-header", ".site-footer", ".permalink" })
        {
            (await PageChecks.StyleAsync(page, chrome, "display")).Should().Be("none", chrome);
        }

        (await PageChecks.StyleAsync(page, "body", "color")).Should().Be("rgb(0, 0, 0)");
        (await PageChecks.StyleAsync(page, "body", "background-color")).Should().Be("rgb(255, 255, 255)");
        (await PageChecks.StyleAsync(page, "#p9", "outline-style")).Should().Be("none", "the landing highlight is not printed");
        (await page.Locator(".print-url").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator(".print-url").TextContentAsync()).Should().EndWith("/editions/2026-02-05/china");
        (await page.Locator("#p9").IsVisibleAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task A_section_prints_to_a_pdf_of_a_few_pages()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/editions/2026-02-05/china");

        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        int pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        pages.Should().BeInRange(1, 3, "one short section fits on a page or two");
    }
}
