using System.Net;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Paging;

/// <summary>
/// On the real seeds: a malformed or out-of-bounds <c>page</c> or <c>pageSize</c> is a 400 that says which parameter
/// and why (problem+json under /api); page-size bounds are 1 and 100; a small page size pages the seeds' lists.
/// </summary>
[Collection(SiteCollection.Name)]
public class BadPageTests(RunningSite site)
{
    [Theory]
    [InlineData("/api/editions?page=abc", "“page” must be a page number, a whole number from 1; “abc” is not.")]
    [InlineData("/api/editions?page=0", "“page” must be from 1; 0 is out of bounds.")]
    [InlineData("/api/editions?page=-2", "“page” must be a page number, a whole number from 1; “-2” is not.")]
    [InlineData("/api/editions?page=1.5", "“page” must be a page number, a whole number from 1; “1.5” is not.")]
    [InlineData("/api/editions?page=99999999999", "“page” must be a page number, a whole number from 1; “99999999999” is not.")]
    [InlineData("/api/facts?pageSize=0", "“pageSize” must be from 1 to 100; 0 is out of bounds.")]
    [InlineData("/api/topics?pageSize=101", "“pageSize” must be from 1 to 100; 101 is out of bounds.")]
    [InlineData("/api/reports?pageSize=", "“pageSize” must be a page size, a whole number from 1 to 100; “” is not.")]
    [InlineData("/api/editions?page=1&page=2", "“page” is given 2 times; give it once.")]
    public async Task A_bad_page_value_under_api_is_a_problem_json_400_saying_what_was_wrong(string url, string detail)
    {
        using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        json.RootElement.GetProperty("title").GetString().Should().Be("Bad page");
        json.RootElement.GetProperty("detail").GetString().Should().Be(detail);
        json.RootElement.GetProperty("instance").GetString().Should().Be(url[..url.IndexOf('?', StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("/editions?page=x", "Bad page. “page” must be a page number")]
    [InlineData("/topics/okinawa-and-bases?pageSize=1000", "Bad page. “pageSize” must be from 1 to 100; 1000 is out of bounds.")]
    [InlineData("/facts/us-troops-in-japan?page=0", "Bad page. “page” must be from 1; 0 is out of bounds.")]
    public async Task A_bad_page_value_on_a_page_is_a_400_in_words(string url, string start)
    {
        using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().StartWith(start);
    }

    [Theory]
    [InlineData("/api/editions?pageSize=1", 1)]
    [InlineData("/api/editions?pageSize=100", 100)]
    public async Task Page_sizes_from_1_to_100_are_taken(string url, int size)
    {
        var (status, json) = await site.Client.GetJsonAsync(url);
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("pageSize").GetInt32().Should().Be(size);
    }

    [Fact]
    public async Task The_seeds_four_report_editions_two_a_page_make_two_pages_linked_both_ways()
    {
        var (_, first) = await site.Client.GetJsonAsync("/api/editions?pageSize=2");
        first.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("2016-03-11", "2018");
        first.GetProperty("next").GetString().Should().Be("/editions?page=2&pageSize=2");
        first.GetProperty("prev").ValueKind.Should().Be(JsonValueKind.Null);

        var (_, second) = await site.Client.GetJsonAsync("/api" + first.GetProperty("next").GetString());
        second.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("2024-11-05", "2026-02-05");
        second.GetProperty("prev").GetString().Should().Be("/editions?pageSize=2");
        second.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        second.GetProperty("total").GetInt32().Should().Be(4);

        var (_, page) = await site.Client.GetPageAsync("/editions?page=2&pageSize=2");
        page.Head!.QuerySelector("link[rel=prev]")!.GetAttribute("href").Should().Be("/editions?pageSize=2");
        page.Head!.QuerySelector("link[rel=next]").Should().BeNull("the last page has no next");
        page.QuerySelectorAll("table.editions-table tbody tr").Should().HaveCount(2);
    }

    [Fact]
    public async Task A_list_that_fits_one_page_has_no_pager_and_no_rel_links()
    {
        using var response = await site.Client.GetAsync(new Uri("/editions", UriKind.Relative));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        document.QuerySelector("nav.pager").Should().BeNull();
        document.Head!.QuerySelector("link[rel=next], link[rel=prev]").Should().BeNull();
        string.Join(", ", response.Headers.GetValues("Link")).Should().Contain("</editions>; rel=\"first\"").And.Contain("</editions>; rel=\"last\"").And.NotContain("rel=\"next\"");
    }
}
