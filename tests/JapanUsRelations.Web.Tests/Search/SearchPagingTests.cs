using System.Net;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Search;

/// <summary>
/// Search results come in pages linked with <c>rel=next</c>/<c>rel=prev</c> (page and twin alike), and a bad
/// <c>page</c>, <c>scope</c> or <c>order</c> is a 400 saying what was wrong (problem+json under <c>/api</c>), never a 500.
/// </summary>
[Collection(SiteCollection.Name)]
public class SearchPagingTests(RunningSite site)
{
    [Fact]
    public async Task Pages_of_results_link_next_and_prev_and_together_hold_every_hit_once()
    {
        var (status, first) = await site.Client.GetJsonAsync("/api/search?q=Japan");
        status.Should().Be(HttpStatusCode.OK);
        int total = first.GetProperty("total").GetInt32();
        int size = first.GetProperty("pageSize").GetInt32();
        total.Should().BeGreaterThan(2 * size, "Japan is in most paragraphs of every seed");
        first.GetProperty("page").GetInt32().Should().Be(1);
        first.GetProperty("prev").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("next").GetString().Should().Be("/search?q=Japan&page=2");
        total.Should().Be(first.GetProperty("editions").EnumerateArray().Sum(e => e.GetProperty("hits").GetInt32()));

        var seen = new List<string>();
        string? next = "/search?q=Japan";
        int pages = 0;
        while (next is not null)
        {
            var (pageStatus, twin) = await site.Client.GetJsonAsync("/api" + next);
            pageStatus.Should().Be(HttpStatusCode.OK, next);
            seen.AddRange(twin.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!));
            next = twin.GetProperty("next").GetString();
            pages++;
        }

        seen.Should().HaveCount(total).And.OnlyHaveUniqueItems();
        pages.Should().Be((total + size - 1) / size);
        var (_, last) = await site.Client.GetJsonAsync($"/api/search?q=Japan&page={pages}");
        last.GetProperty("prev").GetString().Should().Be(pages == 2 ? "/search?q=Japan" : $"/search?q=Japan&page={pages - 1}");
        last.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_page_links_its_neighbours_in_the_head_the_pager_and_the_link_header_keeping_scope_and_order()
    {
        using var response = await site.Client.GetAsync(new Uri("/search?q=Japan&order=relevance&scope=latest&page=2", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string link = string.Join(", ", response.Headers.GetValues("Link"));
        link.Should().Contain("</search?q=Japan&scope=latest&order=relevance>; rel=\"prev\"");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("head link[rel=prev]")!.GetAttribute("href").Should().Be("/search?q=Japan&scope=latest&order=relevance");
        page.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href").Should().Be("/search?q=Japan&scope=latest&order=relevance");
        page.QuerySelector("link[rel=alternate]")!.GetAttribute("href").Should().Be("/api/search?q=Japan&scope=latest&order=relevance&page=2");
    }

    [Fact]
    public async Task A_page_past_the_last_is_a_helpful_404()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/search?q=Meiji&page=2");
        status.Should().Be(HttpStatusCode.NotFound);
        json.GetRawText().Should().Contain("page 2");
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("scope=newest", "scope")]
    [InlineData("scope=", "scope")]
    [InlineData("order=Relevance", "order")]
    [InlineData("scope=latest&order=relevance", null)]
    [InlineData("order=oldest", "order")]
    [InlineData("order=relevance&scope=everything", "scope")]
    public async Task A_bad_page_scope_or_order_is_a_400_naming_it(string parameters, string? named)
    {
        using var api = await site.Client.GetAsync(new Uri("/api/search?q=Japan&" + parameters, UriKind.Relative));
        using var page = await site.Client.GetAsync(new Uri("/search?q=Japan&" + parameters, UriKind.Relative));
        if (named is null)
        {
            api.StatusCode.Should().Be(HttpStatusCode.OK, "both are options");
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            return;
        }

        api.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        problem.RootElement.GetProperty("detail").GetString().Should().Contain(named);
        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).Should().Contain(named);
    }

    [Theory]
    [InlineData("NEAR(")]
    [InlineData("\"unbalanced")]
    [InlineData("Okinawa OR")]
    [InlineData("heading:")]
    [InlineData("* OR *")]
    public async Task Fts5_syntax_stays_safe_with_every_scope_and_order(string query)
    {
        foreach (string options in new[] { "", "&scope=latest", "&order=relevance", "&scope=latest&order=relevance&page=1" })
        {
            var (status, json) = await site.Client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query) + options);
            status.Should().Be(HttpStatusCode.OK, query + options);
            json.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        }
    }
}
