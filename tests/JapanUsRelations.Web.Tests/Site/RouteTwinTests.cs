using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Parser;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Site;

/// <summary>
/// Walks every route of the site map, plus unknown ids and redirecting ids: for each URL the page and its JSON twin
/// give the same status; a page stamps the SHA-256 of the record it rendered, and the twin's body is that very
/// record's serialisation (same hash); a redirect leads to the same place under /api, with the same permanence.
/// </summary>
[Collection(SiteCollection.Name)]
public class RouteTwinTests(RunningSite site)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>URLs that answer a 404 or a redirect on the real seeds (what each exercises is in its comment).</summary>
    public static TheoryData<string, HttpStatusCode> Exceptions => new()
    {
        { "/editions/1999", HttpStatusCode.NotFound },                          // no edition that year
        { "/editions/2018/no-such-section", HttpStatusCode.NotFound },          // known edition, unknown section
        { "/editions/2016", HttpStatusCode.Redirect },                          // a year with one edition
        { "/editions/2016/japans-political-situation", HttpStatusCode.Redirect }, // the same, on a section
        { "/compare/2024/2026", HttpStatusCode.Redirect },                      // years for full ids
        { "/compare/2024-11-05/nope", HttpStatusCode.NotFound },                // unknown right side
        { "/compare?a=2018&b=2026-02-05", HttpStatusCode.Redirect },            // the chooser form, both known
        { "/compare?a=2018&b=nope", HttpStatusCode.NotFound },                  // the chooser form again, saying which id names no edition
        { "/topics/nope", HttpStatusCode.NotFound },
        { "/topics/nope/latest", HttpStatusCode.NotFound },
        { "/facts/nope", HttpStatusCode.NotFound },
        { "/cite/1999", HttpStatusCode.NotFound },
        { "/cite/2016", HttpStatusCode.Redirect },
        { "/cite/2018/no-such-section", HttpStatusCode.NotFound },
        { "/cite/2018/no-such-section/p1", HttpStatusCode.NotFound },
        { "/search?q=%22unbalanced", HttpStatusCode.OK },                       // fallback query, with a message
        { "/editions/2026-02-05/no-such-section/history", HttpStatusCode.NotFound }, // history of an unknown section
        { "/editions/2026-02-05/overview/history?from=1999", HttpStatusCode.NotFound }, // a window from an edition not in it
        { "/editions/2016/introduction/history", HttpStatusCode.Redirect },    // a year with one edition, on a history
        { "/editions/2026-02-05/overview/history?show=changes-only", HttpStatusCode.OK }, // changes only
    };

    [Fact]
    public async Task Every_page_in_the_site_map_renders_the_record_its_twin_serialises()
    {
        var pages = SiteMap.Pages(site.Services.Snapshot());
        pages.Should().HaveCountGreaterThan(100, "every edition, section, topic, fact kind and citation");
        foreach (string url in pages)
        {
            await AssertSameAnswer(url);
        }
    }

    [Theory]
    [MemberData(nameof(Exceptions))]
    public async Task Unknown_and_redirecting_urls_answer_the_same_on_page_and_twin(string url, HttpStatusCode expected)
    {
        var status = await AssertSameAnswer(url);
        status.Should().Be(expected, url);
    }

    [Fact]
    public async Task A_404_page_says_what_its_twin_says_was_asked()
    {
        using var page = await site.Client.GetAsync(new Uri("/topics/nope", UriKind.Relative));
        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        var (_, json) = await site.Client.GetJsonAsync("/api/topics/nope");
        document.QuerySelector("p.lead")!.TextContent.Should().Be($"There is no {json.GetProperty("asked").GetString()}.");
        document.QuerySelectorAll("ul.link-list a").Select(a => a.GetAttribute("href"))
            .Should().Equal(json.GetProperty("available").EnumerateArray().Select(a => a.GetProperty("url").GetString()));
        json.GetProperty("error").GetString().Should().Be("not found");
    }

    private async Task<HttpStatusCode> AssertSameAnswer(string url)
    {
        using var page = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var twin = await site.Client.GetAsync(new Uri(Urls.Api(url), UriKind.Relative));
        twin.StatusCode.Should().Be(page.StatusCode, $"{url} and its twin answer alike");
        if (page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
        {
            string to = page.Headers.Location!.OriginalString;
            twin.Headers.Location!.OriginalString.Should().Be(Urls.Api(to), $"{url} redirects its twin to the twin of {to}");
            return page.StatusCode;
        }

        twin.Content.Headers.ContentType!.MediaType.Should().Be("application/json", url);
        byte[] body = await twin.Content.ReadAsByteArrayAsync();
        using (JsonDocument.Parse(body))
        {
            // The twin is JSON; the hash below says it is the page's record.
        }

        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        string? stamped = document.QuerySelector("meta[name=twin-sha256]")?.GetAttribute("content");
        stamped.Should().Be(Convert.ToHexStringLower(SHA256.HashData(body)), $"{url} rendered the record its twin serialises");
        return page.StatusCode;
    }
}
