using System.Globalization;
using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Topics;

[Collection(SiteCollection.Name)]
public class TopicPagesTests(RunningSite site)
{
    private static readonly string[] Reports = ["2016-03-11", "2018", "2024-11-05", "2026-02-05"];

    [Fact]
    public async Task Topics_page_has_a_matrix_with_report_editions_oldest_first_and_the_reference_apart()
    {
        var (status, page) = await site.Client.GetPageAsync("/topics");
        status.Should().Be(HttpStatusCode.OK);
        var matrix = page.QuerySelector("table.topic-matrix")!;
        matrix.QuerySelectorAll("thead th.edition-col time").Select(t => t.GetAttribute("datetime")).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        var reference = matrix.QuerySelectorAll("thead th.reference-col").Should().ContainSingle().Subject;
        reference.TextContent.Should().Contain("Reference source: undated, not an edition");
        matrix.QuerySelectorAll("tbody tr").Select(r => r.Id).Should().HaveCount(13).And.Contain(["okinawa-and-bases", "trade-and-tariffs", "china"]);
        page.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href").Should().Be("/api/topics");
        foreach (var row in matrix.QuerySelectorAll("tbody tr"))
        {
            row.QuerySelectorAll("td.coverage").Select(td => td.GetAttribute("data-edition"))
                .Should().Equal([.. Reports, "japan-united-states-relations"], "the reference is the last column, after every report edition");
        }
    }

    [Fact]
    public async Task The_matrix_shows_2016_talking_science_and_2026_talking_tariffs()
    {
        var (_, page) = await site.Client.GetPageAsync("/topics");
        int Words(string topic, string edition) => int.Parse(
            page.QuerySelector($"tr#{topic} td[data-edition='{edition}']")!.GetAttribute("data-words")!, CultureInfo.InvariantCulture);

        Words("science-and-technology", "2016-03-11").Should().BeGreaterThan(Words("science-and-technology", "2026-02-05"));
        Words("science-and-technology", "2016-03-11").Should().BeGreaterThan(Words("science-and-technology", "2018"));
        Words("trade-and-tariffs", "2026-02-05").Should().BeGreaterThan(Words("trade-and-tariffs", "2016-03-11"));
        Words("russia-and-ukraine", "2026-02-05").Should().Be(0, "the 2026 edition no longer discusses Russia and Ukraine");
        page.QuerySelector("tr#russia-and-ukraine td[data-edition='2026-02-05']")!.TextContent.Trim().Should().Be("—");
        page.QuerySelector("tr#okinawa-and-bases td[data-edition='2026-02-05'] a")!.GetAttribute("href").Should().Be("/topics/okinawa-and-bases#edition-2026-02-05");
    }

    [Fact]
    public async Task Okinawa_through_time_lists_each_edition_oldest_first_with_permalinks_and_what_changed_links()
    {
        var (status, page) = await site.Client.GetPageAsync("/topics/okinawa-and-bases");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Okinawa and the bases");
        var editions = page.QuerySelectorAll("ol.topic-timeline > li.topic-edition");
        editions.Select(e => e.Id).Should().Equal(Reports.Select(r => "edition-" + r));
        foreach (var edition in editions)
        {
            edition.QuerySelectorAll("article.topic-passage").Should().NotBeEmpty($"{edition.Id} speaks of Okinawa and the bases");
        }

        var links = editions.SelectMany(e => e.QuerySelectorAll("article.topic-passage .passage-where a")).Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain(["/editions/2016-03-11/introduction#p2", "/editions/2018/introduction#p5", "/editions/2024-11-05/the-us-japan-military-alliance#p5", "/editions/2026-02-05/the-us-japan-military-alliance#p7"]);
        editions[0].QuerySelector(".what-changed").Should().BeNull("the first edition has nothing before it");
        editions.Skip(1).Select(e => e.QuerySelector(".what-changed a")!.GetAttribute("href")).Should().Equal(
            "/compare/2016-03-11/2018#introduction",
            "/compare/2018/2024-11-05#the-us-japan-military-alliance",
            "/compare/2024-11-05/2026-02-05#the-us-japan-military-alliance");
    }

    [Fact]
    public async Task Every_passage_explains_why_it_is_there()
    {
        var (_, page) = await site.Client.GetPageAsync("/topics/okinawa-and-bases");
        var passage = page.QuerySelector("article#passage-2026-02-05-p7")!;
        passage.QuerySelector("blockquote")!.TextContent.Should().StartWith("For decades, the United States and Japan have wrestled with managing the U.S. troop presence in Okinawa");
        var why = passage.QuerySelector("details.why")!;
        why.QuerySelector("summary")!.TextContent.Should().Be("Why is this here?");
        why.QuerySelectorAll(".terms li").Select(li => li.TextContent).Should().Contain(["Okinawa", "Futenma", "Guam"]);
        double.Parse(why.QuerySelector(".score")!.TextContent, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(3);
        page.QuerySelectorAll("details.why").Should().HaveCount(page.QuerySelectorAll("article.topic-passage").Length);
    }

    [Fact]
    public async Task The_encyclopedia_appears_only_in_its_own_labelled_place()
    {
        var (_, page) = await site.Client.GetPageAsync("/topics/okinawa-and-bases");
        page.QuerySelectorAll("ol.topic-timeline a").Select(a => a.GetAttribute("href")).Should().NotContain(h => h!.Contains("japan-united-states-relations", StringComparison.Ordinal));
        var references = page.QuerySelector("section.topic-references")!;
        references.QuerySelector("h2")!.TextContent.Should().Be("Reference sources");
        references.TextContent.Should().Contain("not editions of the report");
        references.QuerySelectorAll("article.topic-passage .passage-where a").Select(a => a.GetAttribute("href"))
            .Should().Contain("/editions/japan-united-states-relations/base-presence-and-local-impact#p14");
    }

    [Fact]
    public async Task Every_passage_permalink_lands_on_its_paragraph()
    {
        var (_, page) = await site.Client.GetPageAsync("/topics/trade-and-tariffs");
        var links = page.QuerySelectorAll("article.topic-passage .passage-where a").Select(a => a.GetAttribute("href")!).ToList();
        links.Should().Contain(["/editions/2024-11-05/economic-and-trade-issues#t1", "/editions/2026-02-05/economic-and-trade-issues#t1"], "the trade figure tables are on trade");
        foreach (string link in links)
        {
            string[] parts = link.Split('#');
            var (status, target) = await site.Client.GetPageAsync(parts[0]);
            status.Should().Be(HttpStatusCode.OK, link);
            target.GetElementById(parts[1]).Should().NotBeNull(link);
        }
    }

    [Fact]
    public async Task Latest_redirects_to_the_newest_editions_passage()
    {
        using var okinawa = await site.Client.GetAsync(new Uri("/topics/okinawa-and-bases/latest", UriKind.Relative));
        okinawa.StatusCode.Should().Be(HttpStatusCode.Redirect);
        okinawa.Headers.Location!.OriginalString.Should().Be("/editions/2026-02-05/the-us-japan-military-alliance#p7");

        using var russia = await site.Client.GetAsync(new Uri("/topics/russia-and-ukraine/latest", UriKind.Relative));
        russia.Headers.Location!.OriginalString.Should().Be("/editions/2024-11-05/russia-and-ukraine#p9", "2024 is the newest edition that discusses it");
    }

    [Theory]
    [InlineData("/topics/okinawa")]
    [InlineData("/topics/okinawa/latest")]
    [InlineData("/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task An_unknown_topic_answers_404_listing_the_topics(string path)
    {
        var (status, page) = await site.Client.GetPageAsync(path);
        status.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelectorAll("main script").Should().BeEmpty();
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Should().Contain(["/topics/okinawa-and-bases", "/topics/multilateral-cooperation"]);
    }
}
