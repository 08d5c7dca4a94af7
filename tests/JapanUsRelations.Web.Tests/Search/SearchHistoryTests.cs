using System.Net;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Search;

/// <summary>
/// Search across history on the real seeds: text a later edition removed is still found and says so, each hit says
/// in which editions its passage stands, <c>scope=latest</c> keeps only the latest edition of each report, result groups
/// come newest first or by relevance as asked, and counts keep the reference article apart from the editions.
/// Expected values come from reading <c>seeds/</c>.
/// </summary>
[Collection(SiteCollection.Name)]
public class SearchHistoryTests(RunningSite site)
{
    // "Russia and Ukraine" (2024-11-05, the run-in head of the ninth paragraph) is gone from the 2026 edition, which
    // has no paragraph on Russia or Ukraine; "material support for Ukraine" is in no other seed.
    private const string OnlyIn2024 = "\"material support for Ukraine\"";
    private const string RussiaAndUkraine2024 = "/editions/2024-11-05/russia-and-ukraine#p9";

    // "pacifist constitution" is in the defense-posture paragraph of both IF10199 editions (2024: "Japan Expands Its
    // Defense Posture", p6; 2026: "Japan Strengthens Its Defense Posture", p8), reworded around it, and in no other seed.
    private const string InBoth = "\"pacifist constitution\"";
    private const string DefensePosture2024 = "/editions/2024-11-05/japan-expands-its-defense-posture#p6";
    private const string DefensePosture2026 = "/editions/2026-02-05/japan-strengthens-its-defense-posture#p8";

    private async Task<JsonElement> TwinAsync(string query)
    {
        var (status, json) = await site.Client.GetJsonAsync(query.StartsWith('/') ? query : "/api/search?q=" + Uri.EscapeDataString(query));
        status.Should().Be(HttpStatusCode.OK, query);
        return json;
    }

    private static List<JsonElement> Results(JsonElement twin) => twin.GetProperty("results").EnumerateArray().ToList();

    private static List<string> Urls(JsonElement twin) => Results(twin).Select(r => r.GetProperty("url").GetString()!).ToList();

    private static JsonElement Hit(JsonElement twin, string url) => Results(twin).Single(r => r.GetProperty("url").GetString() == url);

    private static string Q(string query) => Uri.EscapeDataString(query);

    [Fact]
    public async Task A_phrase_only_the_2024_edition_has_is_found_and_says_2026_removed_it()
    {
        var twin = await TwinAsync(OnlyIn2024);
        Urls(twin).Should().Equal(RussiaAndUkraine2024);
        var history = Hit(twin, RussiaAndUkraine2024).GetProperty("history");
        history.GetProperty("note").GetString().Should().Be("November 2024 only, removed February 2026");
        history.GetProperty("standsIn").EnumerateArray().Select(e => e.GetString()).Should().Equal("2024-11-05");
        history.GetProperty("firstSeen").GetString().Should().Be("2024-11-05");
        history.GetProperty("lastSeen").GetString().Should().Be("2024-11-05");
        var latest = history.GetProperty("latest");
        latest.GetProperty("state").GetString().Should().Be("removed");
        latest.GetProperty("edition").GetString().Should().Be("2026-02-05");
        latest.GetProperty("url").ValueKind.Should().Be(JsonValueKind.Null);

        var (_, page) = await site.Client.GetPageAsync("/search?q=" + Q(OnlyIn2024));
        var hit = page.QuerySelector(".search-hit")!;
        hit.QuerySelector(".search-hit-link")!.GetAttribute("href").Should().StartWith(RussiaAndUkraine2024);
        hit.QuerySelector(".hit-history")!.TextContent.Should().Contain("removed February 2026");
        hit.QuerySelector(".hit-now").Should().BeNull("a removed passage stands nowhere now");
    }

    [Fact]
    public async Task A_phrase_in_both_editions_says_the_passage_stands_in_both_and_in_the_latest()
    {
        var twin = await TwinAsync(InBoth);
        Urls(twin).Should().Equal([DefensePosture2026, DefensePosture2024], "newest edition first");

        var newer = Hit(twin, DefensePosture2026).GetProperty("history");
        newer.GetProperty("standsIn").EnumerateArray().Select(e => e.GetString()).Should().Contain(["2024-11-05", "2026-02-05"]);
        newer.GetProperty("latest").GetProperty("state").GetString().Should().Be("latest");
        newer.GetProperty("note").GetString().Should().Contain("in the latest edition").And.Contain("November 2024").And.Contain("reworded February 2026");

        var older = Hit(twin, DefensePosture2024).GetProperty("history");
        older.GetProperty("standsIn").EnumerateArray().Select(e => e.GetString()).Should().Contain(["2024-11-05", "2026-02-05"]);
        older.GetProperty("latest").GetProperty("state").GetString().Should().Be("reworded", "the 2026 paragraph says it differently; it was not removed");
        older.GetProperty("latest").GetProperty("url").GetString().Should().Be(DefensePosture2026);
        older.GetProperty("note").GetString().Should().Contain("Reworded February 2026").And.NotContain("removed");

        var (_, page) = await site.Client.GetPageAsync("/search?q=" + Q(InBoth));
        var hits = page.QuerySelectorAll(".search-hit").ToList();
        hits.Should().HaveCount(2);
        hits[0].QuerySelector(".hit-history")!.TextContent.Should().Contain("in the latest edition");
        hits[0].QuerySelector(".hit-now").Should().BeNull("the hit is the latest edition's passage");
        hits[1].QuerySelector(".hit-history")!.TextContent.Should().Contain("Reworded February 2026");
        hits[1].QuerySelector(".hit-now")!.GetAttribute("href").Should().Be(DefensePosture2026);
    }

    [Fact]
    public async Task Scope_latest_keeps_only_the_latest_edition_of_each_report()
    {
        (await TwinAsync($"/api/search?q={Q(OnlyIn2024)}&scope=latest")).GetProperty("results").GetArrayLength().Should().Be(0);
        Urls(await TwinAsync($"/api/search?q={Q(InBoth)}&scope=latest")).Should().Equal(DefensePosture2026);

        // Okinawa: 2016 p2, 2018 p5, 2024 p5, 2026 p7 and three paragraphs of the reference article. The 2016 fact
        // sheet and the 2018 summary are the latest (only) editions of their reports; 2024 is not.
        var latest = await TwinAsync("/api/search?q=Okinawa&scope=latest");
        latest.GetProperty("filters").GetProperty("scope").GetString().Should().Be("latest");
        latest.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetString())
            .Should().Equal("2026-02-05", "2018", "2016-03-11", "japan-united-states-relations");
        Urls(latest).Should().NotContain(u => u.StartsWith("/editions/2024-11-05/", StringComparison.Ordinal));
        latest.GetProperty("counts").GetProperty("summary").GetString().Should().Be("6 passages in 3 editions and 1 reference article");

        var all = await TwinAsync("/api/search?q=Okinawa&scope=all");
        all.GetProperty("filters").GetProperty("scope").GetString().Should().Be("all");
        Urls(all).Should().Contain("/editions/2024-11-05/the-us-japan-military-alliance#p5");
        (await TwinAsync("/api/search?q=Okinawa")).GetProperty("filters").GetProperty("scope").GetString().Should().Be("all", "every edition is the default");

        var (_, page) = await site.Client.GetPageAsync("/search?q=Okinawa&scope=latest");
        page.QuerySelector("input[name=scope][value=latest]")!.HasAttribute("checked").Should().BeTrue();
        page.QuerySelectorAll(".search-edition h2 a").Select(a => a.GetAttribute("href")).Should().NotContain("/editions/2024-11-05");
    }

    [Fact]
    public async Task Groups_come_newest_first_by_default_and_by_relevance_when_asked()
    {
        // Taiwan: 2024 "China and Taiwan" (p7: in the run-in head and twice in the text) and "Russia and Ukraine" (p9,
        // once); 2026 "China" (p9, twice in the text, not in its heading). No other seed names Taiwan.
        const string China2024 = "/editions/2024-11-05/china-and-taiwan#p7";
        const string Russia2024 = RussiaAndUkraine2024;
        const string China2026 = "/editions/2026-02-05/china#p9";

        var newest = await TwinAsync("Taiwan");
        newest.GetProperty("order").GetString().Should().Be("newest");
        newest.GetProperty("orderedBy").GetString().Should().Be("newest edition first");
        Urls(newest).Should().Equal(China2026, China2024, Russia2024);
        newest.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetString()).Should().Equal("2026-02-05", "2024-11-05");
        newest.GetProperty("counts").GetProperty("summary").GetString().Should().Be("3 passages in 2 editions");

        // bm25 weighs a heading match twice: the 2024 passage whose heading names Taiwan ranks above 2026's, so its
        // edition's group comes first; within a group the best match first.
        var relevance = await TwinAsync("/api/search?q=Taiwan&order=relevance");
        relevance.GetProperty("order").GetString().Should().Be("relevance");
        relevance.GetProperty("orderedBy").GetString().Should().Be("most relevant first");
        Urls(relevance).Should().Equal(China2024, Russia2024, China2026);
        relevance.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetString()).Should().Equal("2024-11-05", "2026-02-05");

        var (_, page) = await site.Client.GetPageAsync("/search?q=Taiwan&order=relevance");
        page.QuerySelector(".search-summary")!.TextContent.Should().Contain("most relevant first");
        page.QuerySelector("#search-order option[selected]")!.GetAttribute("value").Should().Be("relevance");
        page.QuerySelectorAll(".search-edition h2 a").Select(a => a.GetAttribute("href")).Should().Equal("/editions/2024-11-05", "/editions/2026-02-05");
        var (_, byDate) = await site.Client.GetPageAsync("/search?q=Taiwan");
        byDate.QuerySelector(".search-summary")!.TextContent.Should().Be("3 passages in 2 editions, newest edition first. Searched every edition, text later editions removed included.");
        byDate.QuerySelectorAll(".search-edition h2 a").Select(a => a.GetAttribute("href")).Should().Equal("/editions/2026-02-05", "/editions/2024-11-05");
    }

    [Fact]
    public async Task Counts_never_call_the_reference_article_an_edition()
    {
        var okinawa = await TwinAsync("Okinawa");
        var counts = okinawa.GetProperty("counts");
        counts.GetProperty("passages").GetInt32().Should().Be(7);
        counts.GetProperty("editions").GetInt32().Should().Be(4);
        counts.GetProperty("referenceArticles").GetInt32().Should().Be(1);
        counts.GetProperty("summary").GetString().Should().Be("7 passages in 4 editions and 1 reference article");
        okinawa.GetProperty("editions").EnumerateArray().Last().GetProperty("kind").GetString().Should().Be("reference article", "undated, it comes last when newest come first");

        // "Meiji" is only in the encyclopedia article.
        var meiji = await TwinAsync("Meiji");
        meiji.GetProperty("counts").GetProperty("summary").GetString().Should().Be("1 passage in 1 reference article");
        var history = Results(meiji).Single().GetProperty("history");
        history.GetProperty("latest").GetProperty("state").GetString().Should().Be("reference");
        history.GetProperty("note").GetString().Should().Contain("Reference article").And.Contain("not an edition");

        var (_, page) = await site.Client.GetPageAsync("/search?q=Okinawa");
        page.QuerySelector(".search-summary")!.TextContent.Should().StartWith("7 passages in 4 editions and 1 reference article");
        (await site.Client.GetPageAsync("/search?q=Meiji")).Document.QuerySelector(".search-summary")!.TextContent.Should().StartWith("1 passage in 1 reference article,");
    }
}
