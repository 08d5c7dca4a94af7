using System.Net;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Search;

/// <summary>Search over the real seeds through the running site: the page and its JSON twin.</summary>
[Collection(SiteCollection.Name)]
public class SearchTests(RunningSite site)
{
    private async Task<List<JsonElement>> ResultsAsync(string query)
    {
        var (status, json) = await site.Client.GetJsonAsync(query.StartsWith('/') ? query : "/api/search?q=" + Uri.EscapeDataString(query));
        status.Should().Be(HttpStatusCode.OK);
        return json.GetProperty("results").EnumerateArray().ToList();
    }

    private static List<string> Urls(IEnumerable<JsonElement> results) => results.Select(r => r.GetProperty("url").GetString()!).ToList();

    [Fact]
    public async Task Okinawa_finds_passages_in_the_2016_2018_2024_and_2026_editions()
    {
        var urls = Urls(await ResultsAsync("Okinawa"));
        urls.Should().Contain(
        [
            "/editions/2016-03-11/introduction#p2",
            "/editions/2018/introduction#p5",
            "/editions/2024-11-05/the-us-japan-military-alliance#p5",
            "/editions/2026-02-05/the-us-japan-military-alliance#p7",
        ]);
        urls.Should().HaveCount(7, "the reference article mentions Okinawa in three paragraphs");
    }

    [Fact]
    public async Task Okinawa_results_are_grouped_by_edition_with_the_word_highlighted()
    {
        var (status, page) = await site.Client.GetPageAsync("/search?q=Okinawa");
        status.Should().Be(HttpStatusCode.OK);
        var groups = page.QuerySelectorAll(".search-edition").ToList();
        groups.Should().HaveCount(5);
        groups.Select(g => g.QuerySelector("h2 a")!.GetAttribute("href")).Should().OnlyHaveUniqueItems()
            .And.Contain(["/editions/2016-03-11", "/editions/2018", "/editions/2024-11-05", "/editions/2026-02-05"]);
        page.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).Should().NotBeEmpty().And.OnlyContain(t => t == "Okinawa");
        page.QuerySelectorAll(".snippet *").Should().OnlyContain(e => e.LocalName == "mark");
        page.QuerySelector("#site-search")!.GetAttribute("value").Should().Be("Okinawa");
        page.QuerySelectorAll(".search-hit-link").Select(a => a.GetAttribute("href")).Should()
            .Contain("/editions/2018/introduction#p5:~:text=In%20the%20past%20decade%2C,Futenma%20base%20on%20Okinawa.");
        page.QuerySelector("link[rel=alternate]")!.GetAttribute("href").Should().Be("/api/search?q=Okinawa");
    }

    [Fact]
    public async Task Takaichi_is_found_only_in_the_2026_edition()
    {
        var results = await ResultsAsync("Takaichi");
        results.Select(r => r.GetProperty("edition").GetString()).Should().OnlyContain(e => e == "2026-02-05");
        Urls(results).Should().BeEquivalentTo(
            "/editions/2026-02-05/overview#p2", "/editions/2026-02-05/japans-political-situation#p5",
            "/editions/2026-02-05/japan-strengthens-its-defense-posture#p8", "/editions/2026-02-05/china#p9", "/editions/2026-02-05/south-korea#p10");
    }

    [Fact]
    public async Task A_phrase_query_finds_the_words_only_together_and_in_order()
    {
        Urls(await ResultsAsync("\"golden share\"")).Should().Equal("/editions/2026-02-05/economic-and-trade-issues#p14");
        (await ResultsAsync("\"share golden\"")).Should().BeEmpty();
        var both = await ResultsAsync("golden share");
        both.Should().Contain(r => r.GetProperty("url").GetString() == "/editions/2026-02-05/economic-and-trade-issues#p14");
        both[0].GetProperty("snippet").GetString().Should().Contain("golden share");
    }

    [Fact]
    public async Task A_prefix_query_finds_counterstrike_in_2024_and_2026()
    {
        var urls = Urls(await ResultsAsync("counterstrike*"));
        urls.Should().BeEquivalentTo("/editions/2024-11-05/japan-expands-its-defense-posture#p6", "/editions/2026-02-05/japan-strengthens-its-defense-posture#p8");
        Urls(await ResultsAsync("counter*")).Should().HaveCount(9).And.Contain(urls);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("(Okinawa")]
    [InlineData("NEAR(")]
    [InlineData("Okinawa OR")]
    [InlineData("nosuchcolumn:Okinawa")]
    public async Task A_query_fts5_cannot_parse_answers_200_with_a_message(string query)
    {
        var (status, page) = await site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".search-message")!.TextContent.Should().Contain(query);
        var (jsonStatus, json) = await site.Client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query));
        jsonStatus.Should().Be(HttpStatusCode.OK);
        json.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_unparseable_query_with_words_still_searches_them_as_phrases()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("(Okinawa"));
        json.GetProperty("searchedFor").GetString().Should().Be("\"Okinawa\"");
        json.GetProperty("total").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task Markup_in_a_query_is_shown_as_text_never_run()
    {
        var (status, page) = await site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> Okinawa"));
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("main script").Should().BeEmpty();
        page.QuerySelector(".search-message")!.TextContent.Should().Contain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_without_a_message()
    {
        var (status, page) = await site.Client.GetPageAsync("/search?q=%20");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".search-message").Should().BeNull();
        page.QuerySelectorAll(".search-hit").Should().BeEmpty();
        (await ResultsAsync("/api/search")).Should().BeEmpty();
    }

    [Fact]
    public async Task Edition_and_publisher_filters_narrow_the_results()
    {
        Urls(await ResultsAsync("/api/search?q=Okinawa&edition=2018")).Should().Equal("/editions/2018/introduction#p5");
        Urls(await ResultsAsync("/api/search?q=Okinawa&edition=2018&edition=2016-03-11")).Should().BeEquivalentTo("/editions/2018/introduction#p5", "/editions/2016-03-11/introduction#p2");
        string state = Uri.EscapeDataString("U.S. Department of State, Bureau of East Asian and Pacific Affairs");
        Urls(await ResultsAsync($"/api/search?q=Okinawa&publisher={state}")).Should().Equal("/editions/2016-03-11/introduction#p2");
        Urls(await ResultsAsync("/api/search?q=Okinawa&publisher=Congressional%20Research%20Service")).Should().HaveCount(3);
        (await ResultsAsync("/api/search?q=Takaichi&edition=2024-11-05")).Should().BeEmpty();
        var (_, page) = await site.Client.GetPageAsync("/search?q=Okinawa&edition=2018");
        page.QuerySelector("input[name=edition][value='2018']")!.HasAttribute("checked").Should().BeTrue();
        page.QuerySelectorAll(".search-hit").Should().HaveCount(1);
    }

    [Fact]
    public async Task The_topic_filter_keeps_only_passages_on_that_topic()
    {
        (await ResultsAsync("/api/search?q=Okinawa&topic=okinawa-and-bases")).Should().HaveCount(7, "every passage naming Okinawa is about Okinawa and the bases");
        (await ResultsAsync("/api/search?q=Okinawa&topic=trade-and-tariffs")).Should().BeEmpty();
        var tariffs = Urls(await ResultsAsync("/api/search?q=tariff*&topic=trade-and-tariffs"));
        tariffs.Should().NotBeEmpty().And.BeSubsetOf(Urls(await ResultsAsync("tariff*")));
        (await site.Client.GetJsonAsync("/api/search?q=Okinawa&topic=no-such-topic")).Status.Should().Be(HttpStatusCode.BadRequest, "an unknown topic is said, not searched (Hostile/BadParameterTests)");
        var (_, page) = await site.Client.GetPageAsync("/search?q=Okinawa&topic=okinawa-and-bases");
        page.QuerySelector("#search-topic option[selected]")!.GetAttribute("value").Should().Be("okinawa-and-bases");
    }

    [Theory]
    [InlineData("Okinawa")]
    [InlineData("Japan")]
    [InlineData("trade OR tariff*")]
    [InlineData("\"North Korea\"")]
    public async Task Every_result_links_to_a_paragraph_that_exists_and_holds_the_matched_words(string query)
    {
        var results = await ResultsAsync(query);
        results.Should().NotBeEmpty();
        foreach (var result in results)
        {
            string url = result.GetProperty("url").GetString()!;
            string anchor = result.GetProperty("anchor").GetString()!;
            url.Should().EndWith("#" + anchor);
            result.GetProperty("link").GetString().Should().StartWith(url);
            var (status, page) = await site.Client.GetPageAsync(url.Split('#')[0]);
            status.Should().Be(HttpStatusCode.OK, url);
            var target = page.GetElementById(anchor);
            target.Should().NotBeNull(url);
            var snippet = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p>" + result.GetProperty("snippetHtml").GetString() + "</p>");
            foreach (string word in snippet.QuerySelectorAll("mark").Select(m => m.TextContent))
            {
                target!.TextContent.Should().Contain(word, url);
            }
        }
    }
}
