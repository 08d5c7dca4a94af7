using System.Net;
using System.Text.Json;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.History;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.History;

/// <summary>
/// A section through every edition on its subject (<c>/editions/{id}/{section}/history</c> and its twin), on the real
/// seeds: the 2016 fact sheet, the 2018 summary and IF10199 of 2024 and 2026 share the subject japan-us-relations
/// (seeds/manifest.json), so a section's history has those four columns, oldest first.
/// </summary>
[Collection(SiteCollection.Name)]
public class SectionHistoryTests(RunningSite site)
{
    [Fact]
    public async Task The_2026_overview_is_followed_through_all_four_editions_on_the_subject_oldest_first()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/editions/2026-02-05/overview/history");
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("editions").GetInt32().Should().Be(4);
        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        columns.Select(c => c.GetProperty("edition").GetProperty("id").GetString()).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        columns[0].GetProperty("status").GetString().Should().Be("first", "nothing is compared before the first edition");
        columns[0].GetProperty("comparison").ValueKind.Should().Be(JsonValueKind.Null);

        var newest = columns[3];
        newest.GetProperty("slug").GetString().Should().Be("overview");
        newest.GetProperty("status").GetString().Should().Be("changed");
        newest.GetProperty("comparison").GetString().Should().Be("/compare/2024-11-05/2026-02-05#overview");
        columns[2].GetProperty("slug").GetString().Should().Be("overview");
        columns[2].GetProperty("comparison").GetString().Should().StartWith("/compare/2018/2024-11-05#");
    }

    [Fact]
    public async Task The_2026_column_marks_the_rewording_of_the_first_paragraph_and_strikes_the_biden_paragraph()
    {
        // 2024 Overview ¶1 "Japan, a U.S. treaty ally since 1952, is an important U.S. partner in several fo(reign policy
        // areas)…", 2026 ¶1 "Japan, a U.S. treaty ally since 1952, is an important U.S. partner in security, trade, and
        // other areas."; 2024 ¶2 "The Biden Administration positions the U.S.-Japan alliance…" is not in the 2026 seed.
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2026-02-05/overview/history");
        var entries = json.GetProperty("columns")[3].GetProperty("entries").EnumerateArray().ToList();
        var first = entries.Single(e => e.GetProperty("anchors").EnumerateArray().Any(a => a.GetString() == "p1") && e.GetProperty("status").GetString() != "removed");
        first.GetProperty("status").GetString().Should().Be("changed");
        first.GetProperty("text").GetString().Should().StartWith("Japan, a U.S. treaty ally since 1952, is an important U.S. partner in security, trade, and other areas.");
        first.GetProperty("comparison").GetString().Should().Be("/compare/2024-11-05/2026-02-05#n-p1");
        var marks = first.GetProperty("marks").EnumerateArray().Select(m => (Kind: m.GetProperty("kind").GetString(), Text: m.GetProperty("text").GetString()!)).ToList();
        marks.Should().Contain(m => m.Kind == "insert" && m.Text.Contains("security", StringComparison.Ordinal));
        marks.Should().Contain(m => m.Kind == "delete");
        string.Concat(marks.Where(m => m.Kind is "equal" or "insert").Select(m => m.Text)).Should().Be(first.GetProperty("text").GetString(), "kept and inserted words give back the 2026 text exactly");

        var biden = entries.Single(e => e.GetProperty("text").GetString()!.StartsWith("The Biden Administration positions the U.S.-Japan alliance", StringComparison.Ordinal));
        biden.GetProperty("status").GetString().Should().Be("removed");
        biden.GetProperty("url").GetString().Should().Be("/editions/2024-11-05/overview#p2", "a removed passage links to where it stood");
    }

    [Fact]
    public async Task The_page_shows_one_column_per_edition_with_its_marks_and_links_to_each_comparison()
    {
        var (status, page) = await site.Client.GetPageAsync("/editions/2026-02-05/overview/history");
        status.Should().Be(HttpStatusCode.OK);
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2026-02-05/overview/history");
        var columns = page.QuerySelectorAll("section.hist-column");
        columns.Should().HaveCount(4);
        columns.Select(c => c.QuerySelector("h2")!.FirstChild!.TextContent.Trim()).Should().Equal("March 11, 2016", "2018", "November 5, 2024", "February 5, 2026");
        columns[3].QuerySelector("h2 .hist-report")!.TextContent.Should().Be("CRS In Focus IF10199");
        columns.Select(c => c.QuerySelector(".hist-compare a")?.GetAttribute("href"))
            .Should().Equal(json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("comparison").GetString()));
        columns[3].ClassList.Should().Contain("hist-asked");
        columns[3].QuerySelectorAll("ins").Should().NotBeEmpty();
        columns[3].QuerySelectorAll("del").Should().NotBeEmpty();
        page.QuerySelector("link[rel=stylesheet][href^='/css/history.css']").Should().NotBeNull();
        page.QuerySelectorAll("link[rel=prev], link[rel=next], a[rel=prev], a[rel=next]").Should().BeEmpty("four editions fit one window");
        page.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href").Should().Be("/api/editions/2026-02-05/overview/history");
    }

    [Fact]
    public async Task Russia_and_ukraine_is_removed_in_the_2026_column()
    {
        // 2024: "**Russia and Ukraine.** Kishida’s government responded…" (a run-in head in Regional Relations); the
        // 2026 seed's Regional Relations has China and South Korea only.
        var (status, json) = await site.Client.GetJsonAsync("/api/editions/2024-11-05/russia-and-ukraine/history");
        status.Should().Be(HttpStatusCode.OK);
        var newest = json.GetProperty("columns").EnumerateArray().Last();
        newest.GetProperty("edition").GetProperty("id").GetString().Should().Be("2026-02-05");
        newest.GetProperty("status").GetString().Should().Be("removed");
        newest.GetProperty("slug").ValueKind.Should().Be(JsonValueKind.Null);
        newest.GetProperty("entries").EnumerateArray().Should().Contain(e =>
            e.GetProperty("status").GetString() == "removed" && e.GetProperty("text").GetString()!.StartsWith("Kishida’s government responded to Russia’s invasion of Ukraine", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_only_keeps_the_editions_that_changed_the_section_and_only_their_changes()
    {
        var (_, all) = await site.Client.GetJsonAsync("/api/editions/2026-02-05/overview/history");
        var (status, json) = await site.Client.GetJsonAsync("/api/editions/2026-02-05/overview/history?show=changes-only");
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("changesOnly").GetBoolean().Should().BeTrue();
        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        columns.Should().OnlyContain(c => c.GetProperty("status").GetString() != "unchanged" && c.GetProperty("status").GetString() != "absent"
            || c.GetProperty("edition").GetProperty("id").GetString() == "2026-02-05");
        columns.SelectMany(c => c.GetProperty("entries").EnumerateArray()).Should().OnlyContain(e => e.GetProperty("status").GetString() != "unchanged");
        int hidden = columns.Sum(c => c.GetProperty("hiddenUnchanged").GetInt32());
        int unchanged = all.GetProperty("columns").EnumerateArray().Where(c => columns.Any(x => x.GetProperty("edition").GetProperty("id").GetString() == c.GetProperty("edition").GetProperty("id").GetString()))
            .SelectMany(c => c.GetProperty("entries").EnumerateArray()).Count(e => e.GetProperty("status").GetString() == "unchanged");
        hidden.Should().Be(unchanged, "every unchanged entry left out is counted");

        var (_, page) = await site.Client.GetPageAsync("/editions/2026-02-05/overview/history?show=changes-only");
        page.QuerySelector(".hist-controls a[aria-current=page]")!.TextContent.Should().Be("changes only");
    }

    [Fact]
    public async Task Unknown_section_edition_or_window_start_answer_the_helpful_404_json_under_api()
    {
        foreach (string url in new[] { "/editions/2026-02-05/no-such-section/history", "/editions/1999/overview/history", "/editions/2026-02-05/overview/history?from=1999" })
        {
            var (pageStatus, page) = await site.Client.GetPageAsync(url);
            pageStatus.Should().Be(HttpStatusCode.NotFound, url);
            page.QuerySelectorAll("ul.link-list a").Should().NotBeEmpty(url);
            var (status, json) = await site.Client.GetJsonAsync(Urls.Api(url.Split('?')[0]) + (url.Contains('?', StringComparison.Ordinal) ? "?" + url.Split('?')[1] : ""));
            status.Should().Be(HttpStatusCode.NotFound, url);
            json.GetProperty("error").GetString().Should().Be("not found");
            json.GetProperty("available").GetArrayLength().Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public async Task A_year_id_redirects_to_the_edition_s_history()
    {
        using var response = await site.Client.GetAsync(new Uri("/editions/2016/introduction/history?show=changes-only", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/editions/2016-03-11/introduction/history?show=changes-only");
    }

    [Fact]
    public async Task Each_section_page_links_its_history()
    {
        var (_, page) = await site.Client.GetPageAsync("/editions/2024-11-05/overview");
        page.QuerySelector(".section-history-link a")!.GetAttribute("href").Should().Be("/editions/2024-11-05/overview/history");
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2024-11-05/overview");
        json.GetProperty("history").GetString().Should().Be("/editions/2024-11-05/overview/history");
    }
}
