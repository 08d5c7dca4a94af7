using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// The 2024 → 2026 comparison printed to PDF in Chromium (issue 16) and read back with PdfPig: the memo names both
/// editions' dates, carries a change (the 2026 edition's "217 Marines in Guam", absent from 2024, read from the
/// seeds), numbers its pages, and has none of the site's chrome.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ComparePrintTests(BrowserSite browser)
{
    [Fact]
    public async Task A_comparison_prints_to_a_pdf_memo_with_both_dates_a_change_and_page_numbers()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/compare/2024-11-05/2026-02-05");

        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        pages.Should().HaveCountGreaterThan(1);
        pages[0].Should().Contain("What changed from November 5, 2024 to February 5, 2026", "the memo's header names both editions");
        string text = string.Join("\n", pages);
        text.Should().Contain("217 Marines in Guam");
        pages[0].Should().Contain($"Page 1 of {pages.Count}");
        pages[^1].Should().Contain($"Page {pages.Count} of {pages.Count}");
        text.Should().NotContain("Skip to content").And.NotContain("Search every edition").And.NotContain("Swap sides").And.NotContain("Download:");
    }
}
