using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// At phone width (390 px) the wide tables show what they hold: the editions list and the facts table become one
/// card per row, the topic matrix shows every edition column, and no word is broken to fit a narrow column.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneWidthTests(BrowserSite browser)
{
    [Fact]
    public async Task Editions_list_shows_changed_since_previous_inside_the_screen()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync("/editions");

        var cells = page.Locator(".editions-table td[data-label='Changed since previous']");
        (await cells.CountAsync()).Should().Be(4);
        for (int i = 0; i < 4; i++)
        {
            var box = (await cells.Nth(i).BoundingBoxAsync())!;
            (box.X + box.Width).Should().BeLessThanOrEqualTo(BrowserSite.Phone.Width, "the column is not clipped");
            (await cells.Nth(i).IsVisibleAsync()).Should().BeTrue();
        }

        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0);
    }

    [Fact]
    public async Task Topic_matrix_shows_every_edition_column_on_a_phone()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync("/topics");

        var editions = page.Locator(".topic-matrix thead th.edition-col");
        (await editions.CountAsync()).Should().Be(4);
        for (int i = 0; i < 4; i++)
        {
            var box = (await editions.Nth(i).BoundingBoxAsync())!;
            (box.X + box.Width).Should().BeLessThanOrEqualTo(BrowserSite.Phone.Width, $"edition column {i + 1} shows without scrolling");
        }
    }

    [Fact]
    public async Task Facts_table_shows_every_edition_of_a_fact_and_breaks_no_word()
    {
        await using var session = await browser.OpenAsync(BrowserSite.Phone);
        var page = session.Page;
        await page.GotoAsync("/facts");

        var row = page.Locator("tr#kind-us-ambassador-to-japan");
        var cells = row.Locator("td");
        (await cells.CountAsync()).Should().Be(4);
        for (int i = 0; i < 4; i++)
        {
            var box = (await cells.Nth(i).BoundingBoxAsync())!;
            (box.X + box.Width).Should().BeLessThanOrEqualTo(BrowserSite.Phone.Width);
        }

        // "Ambassador to Japan is Caroline Kennedy" wraps between words only: each word's box is one line high.
        bool brokenMidWord = await page.EvaluateAsync<bool>(
            """
            () => {
              const link = document.querySelector('tr#kind-us-ambassador-to-japan a.fact-value');
              const text = link.firstChild;
              const range = document.createRange();
              let at = 0;
              for (const word of text.textContent.split(' ')) {
                range.setStart(text, at); range.setEnd(text, at + word.length); at += word.length + 1;
                if (range.getClientRects().length > 1) { return true; }
              }
              return false;
            }
            """);
        brokenMidWord.Should().BeFalse();
        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0);
    }
}
