using System.Net;
using System.Text.Json;
using JapanUsRelations.SyntheticCorpus;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.History;

/// <summary>
/// The site over the scripted report of 50 editions (<see cref="ScriptedChain"/>: the tracked paragraph of Trade is
/// reworded in edition 10, moved to Security in 20, split in 30, removed in 40; nothing else in Trade changes): the
/// history shows a window of four editions with its neighbours linked, changes only keeps exactly the editions
/// that changed Trade, and the paragraph's history line tells its life.
/// </summary>
public sealed class ScriptedHistoryTests(ScriptedHistoryTests.ScriptedSite scripted) : IClassFixture<ScriptedHistoryTests.ScriptedSite>
{
    private static string E(int number) => ScriptedChain.EditionId(number);

    private HttpClient Client => scripted.Site.Client;

    [Fact]
    public async Task A_long_history_shows_four_editions_at_a_time_and_links_the_windows_around_them()
    {
        var (status, json) = await Client.GetJsonAsync($"/api/editions/{E(25)}/security/history");
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("editions").GetInt32().Should().Be(ScriptedChain.Editions);
        var ids = Ids(json);
        ids.Should().HaveCount(4).And.Contain(E(25));
        var window = json.GetProperty("window");
        window.GetProperty("previous").GetString().Should().NotBeNull();
        window.GetProperty("next").GetString().Should().NotBeNull();

        var (_, page) = await Client.GetPageAsync($"/editions/{E(25)}/security/history");
        page.QuerySelector("link[rel=prev]")!.GetAttribute("href").Should().Be(window.GetProperty("previous").GetString());
        page.QuerySelector("link[rel=next]")!.GetAttribute("href").Should().Be(window.GetProperty("next").GetString());
        page.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be(window.GetProperty("next").GetString());

        // Following "next" from the first window walks every edition once, in order, to the newest.
        var (_, first) = await Client.GetJsonAsync($"/api/editions/{E(25)}/security/history?from={E(1)}");
        var seen = new List<string>(Ids(first));
        string? next = first.GetProperty("window").GetProperty("next").GetString();
        while (next is not null)
        {
            var (_, later) = await Client.GetJsonAsync("/api" + next);
            seen.AddRange(Ids(later).Where(id => !seen.Contains(id)));
            next = later.GetProperty("window").GetProperty("next").GetString();
        }

        seen.Should().Equal(Enumerable.Range(1, ScriptedChain.Editions).Select(E));
    }

    [Fact]
    public async Task Changes_only_keeps_the_editions_that_changed_trade()
    {
        var (_, json) = await Client.GetJsonAsync($"/api/editions/{E(1)}/trade/history?show=changes-only");
        Ids(json).Should().Equal(E(1), E(ScriptedChain.RewordedIn), E(ScriptedChain.MovedIn));
        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        columns[1].GetProperty("entries").EnumerateArray().Single().GetProperty("status").GetString().Should().Be("changed");
        columns[2].GetProperty("entries").EnumerateArray().Single().GetProperty("status").GetString().Should().Be("moved-away");
        columns[2].GetProperty("entries")[0].GetProperty("url").GetString().Should().StartWith($"/editions/{E(ScriptedChain.MovedIn)}/security#");
    }

    [Fact]
    public async Task The_tracked_paragraph_s_line_tells_its_reworded_moved_split_and_removed_life()
    {
        var (_, json) = await Client.GetJsonAsync($"/api/editions/{E(15)}/trade");
        var tracked = json.GetProperty("section").GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("text").GetString() == ScriptedChain.Reworded);
        tracked.GetProperty("firstSeen").GetString().Should().Be(E(1));
        tracked.GetProperty("lastSeen").GetString().Should().Be(E(ScriptedChain.RemovedIn - 1));
        tracked.GetProperty("latest").GetProperty("state").GetString().Should().Be("removed");
        tracked.GetProperty("latest").GetProperty("removedIn").GetString().Should().Be(E(ScriptedChain.RemovedIn));
        tracked.GetProperty("latest").GetProperty("change").GetString().Should().StartWith($"/compare/{E(ScriptedChain.RemovedIn - 1)}/{E(ScriptedChain.RemovedIn)}#o-");
        tracked.GetProperty("history").GetString().Should().Be(
            "First on January 1, 2030; reworded January 10, 2030 — see the change; moved January 20, 2030 — see the change; split January 30, 2030 — see the change; " +
            "removed February 9, 2030, not in the latest edition — see the change",
            "every edition shares its month with others (one a day), so each is named by its day");

        var (_, page) = await Client.GetPageAsync($"/editions/{E(15)}/trade");
        string anchor = tracked.GetProperty("anchor").GetString()!;
        var links = page.GetElementById("history-" + anchor)!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToList();
        links.Should().Equal(new[] { ScriptedChain.RewordedIn, ScriptedChain.MovedIn, ScriptedChain.SplitIn, ScriptedChain.RemovedIn }.Select(n => $"/compare/{E(n - 1)}/{E(n)}"),
            "each change links to the comparison that made it");
    }

    private static List<string> Ids(JsonElement history) =>
        history.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("edition").GetProperty("id").GetString()!).ToList();

    /// <summary>The site over the 50 scripted editions, written to a temporary seeds folder.</summary>
    public sealed class ScriptedSite : IAsyncLifetime
    {
        private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jur-scripted-" + Guid.NewGuid().ToString("N"));

        /// <summary>The running site.</summary>
        public RunningSite Site { get; private set; } = null!;

        /// <inheritdoc />
        public async Task InitializeAsync()
        {
            ScriptedChain.Write(_seeds);
            Site = RunningSite.Over(_seeds);
            await Site.InitializeAsync();
        }

        /// <inheritdoc />
        public async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            Directory.Delete(_seeds, recursive: true);
        }
    }
}
