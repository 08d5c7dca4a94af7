using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Topics;

[Collection(SiteCollection.Name)]
public class TopicFactsTests(RunningSite site)
{
    [Theory]
    [InlineData("2018", "around 50,000")]
    [InlineData("2024-11-05", "over 50,000")]
    [InlineData("2026-02-05", "around 60,000")]
    public async Task The_alliance_topic_shows_each_editions_troop_count(string edition, string troops)
    {
        var (status, page) = await site.Client.GetPageAsync("/topics/alliance-and-security");
        status.Should().Be(HttpStatusCode.OK);
        var fact = page.QuerySelectorAll($"li#edition-{edition} .topic-facts li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/facts/us-troops-in-japan");
        var value = fact.QuerySelectorAll("a")[1];
        value.TextContent.Should().Be(troops);
        value.GetAttribute("href").Should().StartWith($"/editions/{edition}/").And.EndWith("#p1");
    }

    [Fact]
    public async Task Facts_stay_with_their_own_topic_in_page_and_twin()
    {
        var (_, page) = await site.Client.GetPageAsync("/topics/history-of-the-alliance");
        page.QuerySelectorAll(".topic-facts a[href='/facts/us-troops-in-japan']").Should().BeEmpty();
        var (_, json) = await site.Client.GetJsonAsync("/api/topics/trade-and-tariffs");
        var ranks = json.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "japan-rank-us-trade-partner").ToList();
        ranks.Select(f => (f.GetProperty("edition").GetString(), f.GetProperty("text").GetString()))
            .Should().Contain([("2018", "fourth-largest"), ("2026-02-05", "sixth-largest")]);
        ranks.Should().OnlyContain(f => f.GetProperty("url").GetString()!.StartsWith("/editions/", StringComparison.Ordinal)
            && f.GetProperty("label").GetString()!.Length > 0);
    }
}
