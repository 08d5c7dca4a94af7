using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Reports;

/// <summary>
/// Reports over the seeds and the CRS corpus (issue 10): editions with one report number are one report with a
/// timeline; same-day products of different reports keep apart; a bare date several editions share lists them.
/// Goldens read from the corpus file names and mastheads: IN12668 was published March 12, 2026 and updated
/// October 5, 2026; IN12669 updated April 21 and October 5, 2026; IF11365, IF12173 and IF12595 were all updated
/// September 16, 2026.
/// </summary>
public sealed class ReportPagesTests(CorpusSite corpus) : IClassFixture<CorpusSite>
{
    private HttpClient Client => corpus.Site.Client;

    [SkippableFact]
    public async Task Reports_page_and_twin_list_every_report_with_its_editions()
    {
        Skip.If(CorpusSite.Missing is not null, CorpusSite.Missing);
        var (status, json) = await Client.GetJsonAsync("/api/reports");
        status.Should().Be(HttpStatusCode.OK);
        var counts = json.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("editionCount").GetInt32());
        counts.Should().Contain(new Dictionary<string, int> { ["IF10199"] = 2, ["IN12668"] = 2, ["IN12669"] = 2, ["IF10292"] = 1, ["IF12760"] = 1 });
        counts.Keys.Should().HaveCount(2 + 12, "the 2016 fact sheet and the 2018 summary are reports of their own beside IF10199 and the 11 corpus reports");

        var (pageStatus, page) = await Client.GetPageAsync("/reports");
        pageStatus.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("a[href='/reports/IN12668']").Should().NotBeEmpty();
    }

    [SkippableFact]
    public async Task A_two_edition_report_is_a_timeline_linking_the_comparison_of_its_editions()
    {
        Skip.If(CorpusSite.Missing is not null, CorpusSite.Missing);
        var (status, json) = await Client.GetJsonAsync("/api/reports/IN12668");
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("report").GetProperty("title").GetString().Should().Be("U.S. Military Operations Against Iran: Munitions and Missile Defense");
        json.GetProperty("report").GetProperty("series").GetString().Should().Be("CRS Insight");
        var editions = json.GetProperty("editions").EnumerateArray().ToList();
        editions.Select(e => e.GetProperty("edition").GetProperty("published").GetString()).Should().Equal("2026-03-12", "2026-10-05");
        editions[1].GetProperty("edition").GetProperty("id").GetString().Should().Be("2026-10-05-in12668", "IN12669 was updated the same day");
        editions[1].GetProperty("previous").GetString().Should().Be("2026-03-12");
        string compare = editions[1].GetProperty("compareUrl").GetString()!;
        compare.Should().Be("/compare/2026-03-12/2026-10-05-in12668");
        (await Client.GetAsync(compare)).StatusCode.Should().Be(HttpStatusCode.OK);
        editions[0].GetProperty("changedShare").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        editions[1].GetProperty("changedShare").GetDouble().Should().BeInRange(0.01, 1.0, "the October edition rewrote much of the March one");
    }

    [SkippableFact]
    public async Task An_edition_links_its_report_and_steps_to_previous_and_next_within_it()
    {
        Skip.If(CorpusSite.Missing is not null, CorpusSite.Missing);
        var (_, json) = await Client.GetJsonAsync("/api/editions/2026-04-21");
        json.GetProperty("edition").GetProperty("reportUrl").GetString().Should().Be("/reports/IN12669");
        json.GetProperty("next").GetString().Should().Be("2026-10-05-in12669");
        json.GetProperty("previous").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "it is the first IN12669 edition here, whatever was published before it");
        var (_, page) = await Client.GetPageAsync("/editions/2026-04-21");
        page.QuerySelectorAll("a[href='/reports/IN12669']").Should().NotBeEmpty();
    }

    [SkippableFact]
    public async Task A_bare_date_several_editions_share_answers_the_list_of_them()
    {
        Skip.If(CorpusSite.Missing is not null, CorpusSite.Missing);
        var response = await Client.GetAsync("/editions/2026-09-16");
        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location!.OriginalString.Should().Be("/editions?on=2026-09-16");
        var (status, page) = await Client.GetPageAsync("/editions?on=2026-09-16");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Contain("2026-09-16");
        page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).Should().HaveCount(3)
            .And.Contain(t => t.Contains("IF11365", StringComparison.Ordinal))
            .And.Contain(t => t.Contains("IF12173", StringComparison.Ordinal))
            .And.Contain(t => t.Contains("IF12595", StringComparison.Ordinal));
        var twin = await Client.GetAsync("/api/editions/2026-09-16");
        twin.StatusCode.Should().Be(HttpStatusCode.Found);
        twin.Headers.Location!.OriginalString.Should().Be("/api/editions?on=2026-09-16");
    }

    [SkippableFact]
    public async Task A_report_number_in_another_case_redirects_and_an_unknown_one_is_a_helpful_404()
    {
        Skip.If(CorpusSite.Missing is not null, CorpusSite.Missing);
        var moved = await Client.GetAsync("/reports/in12668");
        moved.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        moved.Headers.Location!.OriginalString.Should().Be("/reports/IN12668");
        var (status, page) = await Client.GetPageAsync("/reports/IF99999");
        status.Should().Be(HttpStatusCode.NotFound);
        page.Body!.TextContent.Should().Contain("IF99999");
        page.QuerySelectorAll("a[href='/reports/IF10199']").Should().NotBeEmpty();
        var (twinStatus, twin) = await Client.GetJsonAsync("/api/reports/IF99999");
        twinStatus.Should().Be(HttpStatusCode.NotFound);
        twin.GetProperty("error").GetString().Should().Be("not found");
    }

    [SkippableFact]
    public async Task The_seed_reports_keep_their_subject_related_and_their_ids()
    {
        Skip.If(CorpusSite.Missing is not null, CorpusSite.Missing);
        var (_, json) = await Client.GetJsonAsync("/api/reports/IF10199");
        json.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetProperty("id").GetString()).Should().Equal("2024-11-05", "2026-02-05");
        json.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("title").GetString()).Should().BeEquivalentTo(["U.S. Relations With Japan", "Japan-U.S. Relations"]);
    }
}
