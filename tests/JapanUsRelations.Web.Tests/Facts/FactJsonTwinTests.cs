using System.Net;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Facts;

[Collection(SiteCollection.Name)]
public class FactJsonTwinTests(RunningSite site)
{
    [Fact]
    public async Task Facts_twin_gives_each_kind_its_label_topic_and_values()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/facts");
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("total").GetInt32().Should().Be(4, "the window pages through the four report editions");
        json.GetProperty("editions").EnumerateArray().Select(e => e.GetString()).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        var kinds = json.GetProperty("kinds");
        var troops = kinds.EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "us-troops-in-japan");
        troops.GetProperty("label").GetString().Should().Be("U.S. troops based in Japan");
        troops.GetProperty("topic").GetString().Should().Be("alliance-and-security");
        troops.GetProperty("values").EnumerateArray()
            .Select(v => (v.GetProperty("edition").GetString(), v.GetProperty("value").GetDecimal(), v.GetProperty("unit").GetString(), v.GetProperty("qualifier").GetString(), v.GetProperty("text").GetString()))
            .Should().Equal(("2018", 50000m, "troops", "around", "around 50,000"), ("2024-11-05", 50000m, "troops", "over", "over 50,000"), ("2026-02-05", 60000m, "troops", "around", "around 60,000"));
        foreach (var value in kinds.EnumerateArray().SelectMany(k => k.GetProperty("values").EnumerateArray()))
        {
            value.GetProperty("quote").GetString().Should().Contain(value.GetProperty("text").GetString());
            value.GetProperty("url").GetString().Should().StartWith("/editions/").And.Contain("#");
        }
    }

    [Fact]
    public async Task Kind_twin_gives_names_as_values_and_unknown_kinds_a_404()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/facts/prime-minister");
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()).Distinct()
            .Should().Equal("Abe", "Shinzo Abe", "Sanae Takaichi");

        var (missing, _) = await site.Client.GetJsonAsync("/api/facts/no-such-kind");
        missing.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Figure_cells_carry_data_year_row_and_column()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/facts/us-imports-from-japan");
        json.GetProperty("values").EnumerateArray()
            .Select(v => (v.GetProperty("edition").GetString(), v.GetProperty("value").GetDecimal(), v.GetProperty("dataYear").GetInt32(), v.GetProperty("row").GetString(), v.GetProperty("column").GetString()))
            .Should().Equal(("2024-11-05", 187_000_000_000m, 2023, "Japan", "U.S. IMPORTS"), ("2026-02-05", 192_000_000_000m, 2024, "Japan", "U.S. IMPORTS"));
    }
}
