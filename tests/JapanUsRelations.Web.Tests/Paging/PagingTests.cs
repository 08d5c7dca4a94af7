using System.Net;
using System.Text.Json;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Paging;

/// <summary>
/// Paged lists over 60 synthetic editions: rel=next/prev in the head, in the pager and in the Link header agree with
/// the twin's paging fields; following next visits every item once, in order; matrices show a window of editions;
/// a page past the last is a 404 naming the pages that exist.
/// </summary>
public sealed class PagingTests(SyntheticSite synthetic) : IClassFixture<SyntheticSite>
{
    private HttpClient Client => synthetic.Site.Client;

    private EditionCatalog Catalog => synthetic.Site.Services.Snapshot().Editions;

    public static TheoryData<string> PagedLists => new()
    {
        "/editions", "/reports/IF10199", "/facts", "/facts/us-troops-in-japan", "/facts/unclassified", "/topics", "/topics/okinawa-and-bases", "/compare",
    };

    [Theory]
    [MemberData(nameof(PagedLists))]
    public async Task Page_two_links_its_neighbours_alike_in_the_head_the_pager_the_link_header_and_the_twin(string list)
    {
        string url = list + "?page=2";
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var (status, twin) = await Client.GetJsonAsync("/api" + url);
        status.Should().Be(HttpStatusCode.OK);

        twin.GetProperty("page").GetInt32().Should().Be(2);
        string prev = twin.GetProperty("prev").GetString()!;
        prev.Should().Be(list, "page 1 at the default size is the list's plain URL");
        string? next = twin.GetProperty("next").GetString();
        int total = twin.GetProperty("total").GetInt32();
        int size = twin.GetProperty("pageSize").GetInt32();
        next.Should().Be(total > 2 * size ? list + "?page=3" : null);

        document.Head!.QuerySelector("link[rel=prev]")!.GetAttribute("href").Should().Be(prev);
        document.Head!.QuerySelector("link[rel=next]")?.GetAttribute("href").Should().Be(next);
        document.QuerySelectorAll("nav.pager a[rel=prev]").Select(a => a.GetAttribute("href")).Should().OnlyContain(h => h == prev).And.NotBeEmpty();
        document.QuerySelectorAll("nav.pager a[rel=next]").Select(a => a.GetAttribute("href")).Should().OnlyContain(h => h == next);

        string pageLinks = string.Join(", ", response.Headers.GetValues("Link"));
        pageLinks.Should().Contain($"<{prev}>; rel=\"prev\"");
        if (next is not null)
        {
            pageLinks.Should().Contain($"<{next}>; rel=\"next\"");
        }

        using var twinResponse = await Client.GetAsync(new Uri("/api" + url, UriKind.Relative));
        string twinLinks = string.Join(", ", twinResponse.Headers.GetValues("Link"));
        twinLinks.Should().Contain($"</api{prev}>; rel=\"prev\"").And.Contain("rel=\"describedby\"");
    }

    [Fact]
    public async Task Following_next_from_the_first_page_lists_every_report_edition_once_in_order()
    {
        var seen = new List<string>();
        string? url = "/api/editions?pageSize=7";
        int pages = 0;
        while (url is not null)
        {
            using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = json.RootElement;
            root.GetProperty("total").GetInt32().Should().Be(SyntheticSite.Editions);
            root.GetProperty("pageSize").GetInt32().Should().Be(7);
            seen.AddRange(root.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            string? next = NextFromLinkHeader(response);
            root.GetProperty("next").GetString().Should().Be(next is null ? null : next["/api".Length..]);
            url = next;
            pages++;
        }

        pages.Should().Be(9, "60 editions at 7 a page");
        seen.Should().Equal(Catalog.Reports.Select(e => e.Id));
    }

    [Fact]
    public async Task The_facts_matrix_shows_a_window_of_editions_compared_with_the_one_before_it()
    {
        var (_, json) = await Client.GetJsonAsync("/api/facts?page=3");
        var reports = Catalog.Reports.Select(e => e.Id).ToList();
        json.GetProperty("editions").EnumerateArray().Select(e => e.GetString()).Should().Equal(reports.Skip(20).Take(10));
        json.GetProperty("total").GetInt32().Should().Be(SyntheticSite.Editions);
        var troops = json.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "us-troops-in-japan");
        troops.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("edition").GetString()).Distinct().Should().BeSubsetOf(reports.Skip(20).Take(10));

        var (_, page) = await Client.GetPageAsync("/facts?page=3");
        page.QuerySelectorAll("table.facts-table thead th a").Select(a => a.GetAttribute("href"))
            .Should().Equal(reports.Skip(20).Take(10).Select(id => "/editions/" + id));
    }

    [Fact]
    public async Task A_topic_page_shows_its_editions_and_links_the_first_to_the_edition_before_the_window()
    {
        var reports = Catalog.Reports.Select(e => e.Id).ToList();
        var (_, json) = await Client.GetJsonAsync("/api/topics/okinawa-and-bases?page=2");
        json.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetString()).Should().Equal(reports.Skip(10).Take(10));
        json.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("edition").GetString()).Distinct().Should().BeSubsetOf(reports.Skip(10).Take(10));
        json.GetProperty("editions")[0].GetProperty("whatChanged").GetString().Should().StartWith($"/compare/{reports[9]}/{reports[10]}");

        var (_, matrix) = await Client.GetPageAsync("/topics?page=2");
        matrix.QuerySelector("tr#okinawa-and-bases td.coverage a")!.GetAttribute("href")
            .Should().Be($"/topics/okinawa-and-bases?page=2#edition-{reports[12]}", "the matrix's page 2 starts at the 13th edition, on the topic's page 2");
    }

    [Theory]
    [InlineData("/api/facts?pageSize=50", 10, 10)]
    [InlineData("/api/topics/okinawa-and-bases?pageSize=50", 10, 10)]
    [InlineData("/api/topics?pageSize=100", 24, 24)]
    [InlineData("/api/editions?pageSize=100", 100, 60)]
    [InlineData("/api/editions?pageSize=1", 1, 1)]
    public async Task A_page_holds_what_is_asked_up_to_its_lists_own_bound(string url, int pageSize, int editions)
    {
        var (status, json) = await Client.GetJsonAsync(url);
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("pageSize").GetInt32().Should().Be(pageSize, "a matrix shows at most 10 (facts) or 24 (topics) editions, a topic timeline 10");
        json.GetProperty("editions").GetArrayLength().Should().Be(editions);
    }

    [Fact]
    public async Task A_page_past_the_last_is_a_404_that_names_the_first_and_last_pages()
    {
        var (status, json) = await Client.GetJsonAsync("/api/editions?page=4");
        status.Should().Be(HttpStatusCode.NotFound);
        json.GetProperty("asked").GetString().Should().Be("page 4 of the editions (it has 3 pages of 25)");
        json.GetProperty("available").EnumerateArray().Select(a => a.GetProperty("url").GetString()).Should().Equal("/editions", "/editions?page=3");

        var (pageStatus, page) = await Client.GetPageAsync("/editions?page=4");
        pageStatus.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelectorAll("ul.link-list a").Select(a => a.GetAttribute("href")).Should().Equal("/editions", "/editions?page=3");
    }

    [Fact]
    public void The_store_reads_an_editions_content_only_when_used_and_holds_no_more_than_its_bound()
    {
        var logger = Microsoft.Extensions.Logging.Abstractions.NullLogger<ReadStore>.Instance;
        var store = new ReadStore(synthetic.Site.DatabasePath, logger);
        store.Editions.Reports.Should().HaveCount(SyntheticSite.Editions);
        store.ContentsHeld.Should().Be(0, "the catalog is the editions' rows only");
        store.Editions.Reports[^1].AllSections().Should().NotBeEmpty();
        store.ContentsHeld.Should().Be(1);

        var tight = new ReadStore(synthetic.Site.DatabasePath, logger, contentCacheCharacters: 1);
        foreach (var edition in tight.Editions.Reports.Take(5))
        {
            edition.AllBlocks().Should().NotBeEmpty(edition.Id);
        }

        tight.ContentsHeld.Should().Be(1, "each edition read pushes out the one before when the bound is one character");
        tight.Editions.Reports[0].AllBlocks().Select(b => b.Block.Anchor).Should().Equal(store.Editions.Reports[0].AllBlocks().Select(b => b.Block.Anchor), "an edition pushed out is read again, the same");
    }

    private static string? NextFromLinkHeader(HttpResponseMessage response) => response.Headers.GetValues("Link")
        .SelectMany(v => v.Split(", "))
        .Where(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal))
        .Select(l => l[1..l.IndexOf('>', StringComparison.Ordinal)])
        .SingleOrDefault();
}
