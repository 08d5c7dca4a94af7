using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Facts;

[Collection(SiteCollection.Name)]
public class FactPagesTests(RunningSite site)
{
    [Fact]
    public async Task Facts_table_groups_kinds_under_topic_names_linking_to_their_topic_pages()
    {
        var (_, page) = await site.Client.GetPageAsync("/facts");
        var groups = page.QuerySelectorAll("tr.topic-row a").ToList();
        groups.Should().NotBeEmpty();
        groups.Should().Contain(a => a.TextContent == "Trade and tariffs" && a.GetAttribute("href") == "/topics/trade-and-tariffs");
        groups.Should().NotContain(a => a.TextContent.Contains('-', StringComparison.Ordinal) && a.GetAttribute("href")!.EndsWith(a.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facts_table_lines_up_troops_across_editions_with_changes_and_links_to_sentences()
    {
        var (status, page) = await site.Client.GetPageAsync("/facts");
        status.Should().Be(HttpStatusCode.OK);
        var table = page.QuerySelector("table.facts-table")!;
        table.QuerySelectorAll("thead time").Select(t => t.GetAttribute("datetime")).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        var troops = table.QuerySelector("tr#kind-us-troops-in-japan")!;
        var cells = troops.QuerySelectorAll("td").ToList();
        cells.Should().HaveCount(4);
        cells[0].TextContent.Trim().Should().BeEmpty();
        cells[1].QuerySelector("a.fact-value")!.TextContent.Should().Be("around 50,000");
        cells[1].QuerySelector("a.fact-value")!.GetAttribute("href").Should().Be("/editions/2018/introduction#p1");
        cells[2].QuerySelector("a.fact-value")!.TextContent.Should().Be("over 50,000");
        cells[2].ClassName.Should().Be("change-changed", "the number is the same but 'around' became 'over'");
        cells[3].QuerySelector("a.fact-value")!.TextContent.Should().Be("around 60,000");
        cells[3].ClassName.Should().Be("change-up");
        table.QuerySelector("tr#kind-japan-rank-us-trade-partner td.change-down a.fact-value")!.TextContent.Should().Be("sixth-largest", "fourth to sixth is a fall");
        table.QuerySelector("tr#kind-us-ambassador-to-japan td.change-not-mentioned").Should().NotBeNull("the 2018 CRS summary is another report, silent on the ambassador: not mentioned, not dropped");
        table.QuerySelector("tr#kind-us-ambassador-to-japan td.change-dropped").Should().BeNull();
        page.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href").Should().Be("/api/facts");
    }

    [Fact]
    public async Task Figure_1_chart_compares_2023_and_2024_side_by_side_with_a_data_table()
    {
        var (_, page) = await site.Client.GetPageAsync("/facts");
        var chart = page.QuerySelector("#chart-figure-1-u-s-imports")!;
        chart.QuerySelector("svg title")!.TextContent.Should().Contain("2023 and 2024");
        chart.QuerySelector("svg desc")!.TextContent.Should().Contain("Japan 187 / 192");
        chart.QuerySelectorAll("svg rect.bar").Should().HaveCount(12, "six partners, two data years");
        var japan = chart.QuerySelectorAll("details table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Japan");
        japan.QuerySelectorAll("td").Select(td => td.TextContent).Should().Equal("187", "192");
        page.QuerySelector("#chart-figure-1-u-s-exports svg")!.GetAttribute("role").Should().Be("img");
    }

    [Fact]
    public async Task A_kind_page_quotes_every_source_sentence_with_the_value_marked_and_draws_a_chart()
    {
        var (status, page) = await site.Client.GetPageAsync("/facts/us-facilities-share-okinawa");
        status.Should().Be(HttpStatusCode.OK);
        var quotes = page.QuerySelectorAll("ol.fact-timeline blockquote").ToList();
        quotes.Select(q => q.QuerySelector("mark")!.TextContent).Should().Equal("About 25%", "About 70%");
        quotes[1].QuerySelector("p")!.TextContent.Should().StartWith("About 70% of all facilities and areas used by USFJ");
        quotes[1].GetAttribute("cite").Should().StartWith("/editions/2026-02-05/").And.EndWith("#p7");
        quotes[1].QuerySelector("footer")!.TextContent.Should().Contain("The U.S.-Japan Military Alliance, p7").And.NotContain("??");
        page.QuerySelector("figure.fact-chart svg desc")!.TextContent.Should().Contain("About 25%").And.Contain("About 70%");
        page.QuerySelectorAll("figure.fact-chart rect.bar").Should().HaveCount(2);
    }

    [Fact]
    public async Task Names_have_no_chart_and_unknown_kinds_answer_a_helpful_404()
    {
        var (status, page) = await site.Client.GetPageAsync("/facts/prime-minister");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("figure.fact-chart").Should().BeNull();
        page.QuerySelectorAll("blockquote mark").Select(m => m.TextContent).Should().Contain("Prime Minister Shinzo Abe").And.NotContain("then-prime minister Fumio Kishida", "a former holder is not the prime minister as of the 2024 edition");

        var (missing, notFound) = await site.Client.GetPageAsync("/facts/no-such-kind");
        missing.Should().Be(HttpStatusCode.NotFound);
        notFound.Body!.TextContent.Should().Contain("no-such-kind").And.Contain("U.S. troops based in Japan");
    }

    [Fact]
    public async Task Unclassified_quantities_are_listed_with_their_sentences()
    {
        var (status, page) = await site.Client.GetPageAsync("/facts/unclassified");
        status.Should().Be(HttpStatusCode.OK);
        var rows = page.QuerySelectorAll("table.unclassified tbody tr").ToList();
        rows.Should().HaveCountGreaterThan(50);
        rows.Should().Contain(r => r.QuerySelector("td")!.TextContent == "over 45%" && r.QuerySelector("td.quote")!.TextContent.Contains("chamber's seats", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_page_marks_its_facts_in_the_text_and_a_topic_page_lists_them()
    {
        var (_, section) = await site.Client.GetPageAsync("/editions/2026-02-05/overview");
        var marks = section.QuerySelectorAll("p#p1 mark.fact-mark a").ToList();
        marks.Select(a => a.TextContent).Should().Contain(["around 60,000", "sixth-largest"]);
        marks.Single(a => a.TextContent == "around 60,000").GetAttribute("href").Should().Be("/facts/us-troops-in-japan");
        section.QuerySelector("p#p1")!.TextContent.Should().Contain("U.S. troops—currently around 60,000—and military assets", "marking adds no characters");

        var (_, topic) = await site.Client.GetPageAsync("/topics/okinawa-and-bases");
        topic.QuerySelector("#edition-2026-02-05 .topic-facts")!.TextContent.Should().Contain("About 70%").And.Contain("some 4,000");
    }
}
