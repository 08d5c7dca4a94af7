using System.Net;
using System.Text.Json;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Compare;

[Collection(SiteCollection.Name)]
public class CompareJsonTwinTests(RunningSite site)
{
    [Fact]
    public async Task Twin_lists_sections_in_reading_order_with_slugs_statuses_and_scores()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/compare/2024-11-05/2026-02-05");

        status.Should().Be(HttpStatusCode.OK);
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        sections.Select(s => $"{Str(s, "left")}>{Str(s, "right")}:{Str(s, "status")}").Should().Equal(
            "overview>overview:changed",
            "japans-uncertain-political-course>japans-political-situation:changed",
            "the-us-japan-military-alliance>the-us-japan-military-alliance:changed",
            "japan-expands-its-defense-posture>japan-strengthens-its-defense-posture:changed",
            "regional-relations>regional-relations:unchanged",
            "china-and-taiwan>china:changed",
            "south-korea>south-korea:changed",
            "russia-and-ukraine>:removed",
            "economic-and-trade-issues>economic-and-trade-issues:changed");
        sections.Should().OnlyContain(s => s.GetProperty("similarity").GetDouble() >= 0 && s.GetProperty("similarity").GetDouble() <= 1);
        json.GetProperty("leftRole").GetString().Should().Be("older");
        json.GetProperty("changedShare").GetDouble().Should().BeInRange(0.75, 0.9);
        json.GetProperty("rawChangedShare").GetDouble().Should().BeGreaterThanOrEqualTo(json.GetProperty("changedShare").GetDouble());
    }

    [Fact]
    public async Task Twin_carries_what_changed_and_both_sides_of_the_figure_caption_units_and_source()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/compare/2024-11-05/2026-02-05");

        var troops = json.GetProperty("whatChanged").GetProperty("facts").EnumerateArray().Single(f => Str(f, "kind") == "us-troops-in-japan");
        (Str(troops, "left"), Str(troops, "right")).Should().Be(("over 50,000", "around 60,000"));
        Str(troops, "leftUrl").Should().Be("/editions/2024-11-05/overview#p1");
        Str(troops, "rightUrl").Should().Be("/editions/2026-02-05/overview#p1");
        json.GetProperty("whatChanged").GetProperty("sections").EnumerateArray().Select(x => $"{Str(x, "change")}:{Str(x, "section")}")
            .Should().Contain("removed:russia-and-ukraine").And.Contain("renamed:china");

        var table = json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("paragraphs").EnumerateArray())
            .Select(p => p.GetProperty("table")).Single(t => t.ValueKind == JsonValueKind.Object);
        (Str(table.GetProperty("caption"), "left"), Str(table.GetProperty("caption"), "right"))
            .Should().Be(("Figure 1. Top U.S. Trade Partners, 2023", "Figure 1. Top U.S. Trade Partners, 2024"));
        Str(table.GetProperty("units"), "left").Should().Be(Str(table.GetProperty("units"), "right"));
        table.GetProperty("source").GetProperty("changed").GetBoolean().Should().BeTrue();
        table.GetProperty("rowChanges").EnumerateArray().Where(r => Str(r, "status") == "moved").Select(r => Str(r, "row")).Should().Equal("Canada", "Germany");
        var regional = json.GetProperty("sections").EnumerateArray().Single(s => Str(s, "right") == "regional-relations");
        regional.GetProperty("changedBelow").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Operations_in_the_twin_rebuild_every_paragraph_of_both_editions()
    {
        var catalog = site.Services.Snapshot().Editions;
        var (_, json) = await site.Client.GetJsonAsync("/api/compare/2024-11-05/2026-02-05");

        foreach (var (side, kept, id) in new[] { ("left", "delete", "2024-11-05"), ("right", "insert", "2026-02-05") })
        {
            var rebuilt = new Dictionary<string, string>();
            foreach (var p in json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("paragraphs").EnumerateArray()))
            {
                var anchors = p.GetProperty(side).EnumerateArray().Select(a => a.GetString()!).ToList();
                var text = new System.Text.StringBuilder();
                int k = 0;
                foreach (var op in p.GetProperty("operations").EnumerateArray())
                {
                    string kind = op.GetProperty("op").GetString()!;
                    if (kind == "break" && Str(op, "side") == side)
                    {
                        rebuilt[anchors[k++]] = text.ToString();
                        text.Clear();
                    }
                    else if (kind == "equal" || kind == kept)
                    {
                        text.Append(op.GetProperty("text").GetString());
                    }
                }

                if (anchors.Count > 0)
                {
                    rebuilt[anchors[k]] = text.ToString();
                }
            }

            rebuilt.Should().Equal(catalog.Find(id)!.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Block.Text), id);
        }
    }

    [Fact]
    public async Task Unknown_ids_answer_a_404_twin_and_the_chooser_twin_lists_successive_pairs()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/compare/2024-11-05/nope");
        status.Should().Be(HttpStatusCode.NotFound);
        json.GetProperty("asked").GetString().Should().Contain("nope");

        var (_, chooser) = await site.Client.GetJsonAsync("/api/compare");
        chooser.GetProperty("successive").EnumerateArray().Select(p => $"{Str(p, "left")}>{Str(p, "right")}")
            .Should().Equal("2024-11-05>2026-02-05", "2018>2024-11-05", "2016-03-11>2018");
    }

    private static string? Str(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();
}
