using System.Net;
using System.Net.Http.Headers;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Feeds;

/// <summary>
/// The Atom feeds over the real seeds (issue 16). Goldens read from the seeds: the report editions are the 2016 fact
/// sheet, the 2018 summary and IF10199 of November 5, 2024 and February 5, 2026 (bylined Mark E. Manyin); U.S.
/// troops in Japan are "around 50,000" (2018), "over 50,000" (2024) and "around 60,000" (2026); the 2026
/// Okinawa paragraph adds "217 Marines in Guam", absent from 2024.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FeedTests(RunningSite site)
{
    private HttpClient Client => site.Client;

    [Fact]
    public async Task Editions_feed_has_one_entry_per_report_edition_newest_first_linking_the_comparison()
    {
        var feed = await AtomFeed.LoadAsync(Client, "/feeds/editions.atom");
        feed.Items.Select(i => i.Id).Should().Equal(
            "tag:japan-us-relations-editions,2026:editions/2026-02-05",
            "tag:japan-us-relations-editions,2026:editions/2024-11-05",
            "tag:japan-us-relations-editions,2026:editions/2018",
            "tag:japan-us-relations-editions,2026:editions/2016-03-11");
        var latest = feed.Items.First();
        latest.Links.Single().Uri.AbsolutePath.Should().Be("/compare/2024-11-05/2026-02-05");
        latest.LastUpdatedTime.Should().Be(new DateTimeOffset(2026, 2, 5, 0, 0, 0, TimeSpan.Zero));
        latest.Authors.Select(a => a.Name).Should().Contain("Mark E. Manyin");
        latest.Title.Text.Should().Contain("IF10199").And.Contain("February 5, 2026").And.Contain("November 5, 2024");

        var html = AtomFeed.Content(latest);
        html.Body!.TextContent.Should().StartWith("What changed from November 5, 2024 to February 5, 2026:");
        DiffSides.Of(html, newer: false).Should().Contain(t => t.Contains("U.S. troops—currently numbering over 50,000—and military assets"));
        DiffSides.Of(html, newer: true).Should().Contain(t => t.Contains("U.S. troops—currently around 60,000—and military assets"));
        html.QuerySelectorAll("script").Should().BeEmpty();

        var first = feed.Items.Single(i => i.Id.EndsWith("/2024-11-05", StringComparison.Ordinal));
        first.Links.Single().Uri.AbsolutePath.Should().Be("/editions/2024-11-05", "the report's first edition has nothing before it");
        AtomFeed.Content(first).Body!.TextContent.Should().Contain("no earlier edition");
    }

    [Fact]
    public async Task Report_feed_follows_one_report_and_a_number_in_another_case_redirects()
    {
        var feed = await AtomFeed.LoadAsync(Client, "/feeds/reports/IF10199.atom");
        feed.Items.Select(i => i.Id[(i.Id.LastIndexOf('/') + 1)..]).Should().Equal("2026-02-05", "2024-11-05");
        feed.Links.Should().Contain(l => l.RelationshipType == "self" && l.Uri.AbsolutePath == "/feeds/reports/IF10199.atom");
        feed.Links.Should().Contain(l => l.RelationshipType == "alternate" && l.Uri.AbsolutePath == "/reports/IF10199");

        using var moved = await Client.GetAsync(new Uri("/feeds/reports/if10199.atom", UriKind.Relative));
        moved.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        moved.Headers.Location!.OriginalString.Should().Be("/feeds/reports/IF10199.atom");
    }

    [Fact]
    public async Task Topic_feed_holds_only_changes_touching_the_topic()
    {
        var feed = await AtomFeed.LoadAsync(Client, "/feeds/topics/okinawa-and-bases.atom");
        var entry = feed.Items.Should().ContainSingle("only IF10199 has an edition with an earlier one of the same report").Subject;
        entry.Id.Should().Be("tag:japan-us-relations-editions,2026:topics/okinawa-and-bases/editions/2026-02-05");
        var html = AtomFeed.Content(entry);
        html.QuerySelectorAll("ins").Select(i => i.TextContent).Should().Contain(t => t.Contains("217"));
        html.QuerySelectorAll("h3").Select(h => h.TextContent).Should().NotContain("Economic and Trade Issues", "trade changes do not touch Okinawa");
    }

    [Fact]
    public async Task Fact_feed_has_an_entry_for_each_edition_stating_the_value_differently()
    {
        var feed = await AtomFeed.LoadAsync(Client, "/feeds/facts/us-troops-in-japan.atom");
        feed.Items.Select(i => i.Id[(i.Id.LastIndexOf('/') + 1)..]).Should().Equal("2026-02-05", "2024-11-05", "2018");
        var latest = feed.Items.First();
        latest.Title.Text.Should().Contain("over 50,000 → around 60,000");
        latest.Links.Single().Uri.AbsolutePath.Should().Be("/compare/2024-11-05/2026-02-05");
        var html = AtomFeed.Content(latest);
        html.QuerySelector("del")!.TextContent.Should().Be("over 50,000");
        html.QuerySelector("ins")!.TextContent.Should().Be("around 60,000");
        feed.Items.Last().Title.Text.Should().Contain("not stated → around 50,000", "the 2016 fact sheet gives no troop number");
    }

    [Fact]
    public async Task Feeds_answer_their_etag_with_304_and_unknown_feeds_with_a_helpful_404()
    {
        using var first = await Client.GetAsync(new Uri("/feeds/editions.atom", UriKind.Relative));
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/editions.atom");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await Client.SendAsync(request);
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);

        using var changedTag = new HttpRequestMessage(HttpMethod.Get, "/feeds/editions.atom");
        changedTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));
        (await Client.SendAsync(changedTag)).StatusCode.Should().Be(HttpStatusCode.OK);

        foreach (var (path, exists) in new[] { ("/feeds/topics/no-such-topic.atom", "/feeds/topics/okinawa-and-bases.atom"), ("/feeds/facts/nope.atom", "/feeds/facts/us-troops-in-japan.atom"), ("/feeds/reports/R99999.atom", "/feeds/reports/IF10199.atom") })
        {
            using var missing = await Client.GetAsync(new Uri(path, UriKind.Relative));
            missing.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            (await missing.Content.ReadAsStringAsync()).Should().Contain(exists);
        }
    }

    [Theory]
    [InlineData("/editions", "/feeds/editions.atom")]
    [InlineData("/reports/IF10199", "/feeds/reports/IF10199.atom")]
    [InlineData("/topics/okinawa-and-bases", "/feeds/topics/okinawa-and-bases.atom")]
    [InlineData("/facts/us-troops-in-japan", "/feeds/facts/us-troops-in-japan.atom")]
    public async Task Pages_link_the_feed_that_mirrors_them(string page, string feed)
    {
        var (status, document) = await Client.GetPageAsync(page);
        status.Should().Be(HttpStatusCode.OK);
        document.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).Should().Equal(feed);
        (await AtomFeed.LoadAsync(Client, feed)).Items.Should().NotBeEmpty();
    }
}
