using System.Net;
using System.Text.Json;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Topics;

[Collection(SiteCollection.Name)]
public class TopicJsonTwinTests(RunningSite site)
{
    [Fact]
    public async Task Topics_twin_lists_every_topic_with_coverage_per_edition()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/topics");
        status.Should().Be(HttpStatusCode.OK);
        json.ValueKind.Should().Be(JsonValueKind.Array);
        json.GetArrayLength().Should().Be(13);
        var okinawa = json.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "okinawa-and-bases");
        okinawa.GetProperty("name").GetString().Should().Be("Okinawa and the bases");
        okinawa.GetProperty("description").GetString().Should().Contain("Okinawa");
        okinawa.GetProperty("coverage").EnumerateArray().Select(c => c.GetProperty("edition").GetString()).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        okinawa.GetProperty("coverage").EnumerateArray().Should().OnlyContain(c => c.GetProperty("words").GetInt32() > 0 && c.GetProperty("kind").GetString() == "report");
        okinawa.GetProperty("referenceCoverage").EnumerateArray().Select(c => c.GetProperty("edition").GetString()).Should().Equal("japan-united-states-relations");
    }

    [Fact]
    public async Task Topic_twin_gives_each_passage_its_edition_section_anchor_url_score_and_terms()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/topics/trade-and-tariffs");
        status.Should().Be(HttpStatusCode.OK);
        var passages = json.GetProperty("passages").EnumerateArray().ToList();
        passages.Select(p => p.GetProperty("edition").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal, "report editions come oldest first")
            .And.NotContain("japan-united-states-relations");
        var table = passages.Single(p => p.GetProperty("edition").GetString() == "2026-02-05" && p.GetProperty("anchor").GetString() == "t1");
        table.GetProperty("section").GetString().Should().Be("economic-and-trade-issues");
        table.GetProperty("url").GetString().Should().Be("/editions/2026-02-05/economic-and-trade-issues#t1");
        table.GetProperty("score").GetDouble().Should().BeGreaterThanOrEqualTo(3);
        table.GetProperty("terms").EnumerateArray().Select(t => t.GetString()).Should().Contain("trade partner");
        json.GetProperty("referencePassages").EnumerateArray().Should().OnlyContain(p => p.GetProperty("kind").GetString() == "reference");
        json.GetProperty("latest").GetString().Should().StartWith("/editions/2026-02-05/");
    }

    [Fact]
    public async Task Topic_twin_and_page_list_the_same_passages()
    {
        foreach (string slug in new[] { "china", "history-of-the-alliance", "domestic-politics" })
        {
            var (_, page) = await site.Client.GetPageAsync("/topics/" + slug);
            var (_, json) = await site.Client.GetJsonAsync("/api/topics/" + slug);
            var pageLinks = page.QuerySelectorAll("article.topic-passage .passage-where a").Select(a => a.GetAttribute("href")).ToList();
            var jsonLinks = json.GetProperty("passages").EnumerateArray().Concat(json.GetProperty("referencePassages").EnumerateArray())
                .Select(p => p.GetProperty("url").GetString()).ToList();
            pageLinks.Should().Equal(jsonLinks, slug);
            page.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href").Should().Be("/api/topics/" + slug);
        }
    }

    [Fact]
    public async Task Each_editions_coverage_adds_up_to_its_body_words()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/topics");
        var catalog = site.Services.Snapshot().Editions;
        foreach (var edition in catalog.All)
        {
            int body = edition.AllBlocks().Sum(b => b.Block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            int covered = json.EnumerateArray()
                .SelectMany(t => t.GetProperty("coverage").EnumerateArray().Concat(t.GetProperty("referenceCoverage").EnumerateArray()))
                .Where(c => c.GetProperty("edition").GetString() == edition.Id)
                .Sum(c => c.GetProperty("words").GetInt32());
            covered.Should().BeCloseTo(body, 7, $"{edition.Id}: every body word is counted once, shared among its topics (13 roundings)");
        }
    }

    [Fact]
    public async Task An_unknown_topic_twin_answers_404_json()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/topics/nope");
        status.Should().Be(HttpStatusCode.NotFound);
        json.ValueKind.Should().Be(JsonValueKind.Object);
    }
}
