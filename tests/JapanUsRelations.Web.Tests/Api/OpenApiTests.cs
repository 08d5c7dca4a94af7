using System.Net;
using System.Text.Json.Nodes;
using JapanUsRelations.Web.Tests.Support;
using Json.Schema;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Api;

/// <summary>
/// The OpenAPI 3.1 document (issue 16): every /api route the app maps is in it, every twin links it with
/// <c>rel="describedby"</c>, and each twin's JSON (found and not found) validates against the schema the document
/// gives for that status (JsonSchema.Net, draft 2020-12, with the document's components as <c>$defs</c>).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OpenApiTests(RunningSite site)
{
    /// <summary>A twin URL per route of the document, with the status it answers.</summary>
    private static readonly Dictionary<string, (string Url, int Status)[]> Samples = new(StringComparer.Ordinal)
    {
        ["/api"] = [("/api", 200)],
        ["/api/editions"] = [("/api/editions", 200), ("/api/editions?on=2026", 200)],
        ["/api/editions/{id}"] = [("/api/editions/2026-02-05", 200), ("/api/editions/1999", 404)],
        ["/api/editions/{id}/{section}"] = [("/api/editions/2026-02-05/overview", 200), ("/api/editions/2026-02-05/no-such-section", 404)],
        ["/api/editions/{id}/{section}/history"] = [("/api/editions/2026-02-05/overview/history", 200), ("/api/editions/2026-02-05/no-such-section/history", 404)],
        ["/api/reports"] = [("/api/reports", 200)],
        ["/api/reports/{key}"] = [("/api/reports/IF10199", 200), ("/api/reports/R00000", 404)],
        ["/api/compare"] = [("/api/compare", 200)],
        ["/api/compare/{a}/{b}"] = [("/api/compare/2024-11-05/2026-02-05", 200), ("/api/compare/2024-11-05/1999", 404)],
        ["/api/topics"] = [("/api/topics", 200)],
        ["/api/topics/{slug}"] = [("/api/topics/okinawa-and-bases", 200), ("/api/topics/nope", 404)],
        ["/api/topics/{slug}/latest"] = [("/api/topics/nope/latest", 404)],
        ["/api/facts"] = [("/api/facts", 200)],
        ["/api/facts/{kind}"] = [("/api/facts/us-troops-in-japan", 200), ("/api/facts/unclassified", 200), ("/api/facts/nope", 404)],
        ["/api/search"] = [("/api/search?q=Okinawa", 200), ("/api/search?q=", 200)],
        ["/api/cite/{id}/{section}/{anchor}"] = [("/api/cite/2026-02-05", 200), ("/api/cite/2026-02-05/overview/p1", 200), ("/api/cite/1999", 404)],
    };

    [Fact]
    public async Task Document_is_openapi_3_1_and_lists_every_api_route_the_app_maps()
    {
        var document = await DocumentAsync();
        document["openapi"]!.GetValue<string>().Should().StartWith("3.1");
        var documented = document["paths"]!.AsObject().Select(p => p.Key).Where(p => p.StartsWith("/api", StringComparison.Ordinal)).ToList();

        var mapped = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p == "/api" || p.StartsWith("/api/", StringComparison.Ordinal))
            .Select(p => p.Replace("?", "", StringComparison.Ordinal))
            .Distinct().ToList();
        mapped.Should().NotBeEmpty();
        documented.Should().BeEquivalentTo(mapped, "every /api route is described");
        documented.Should().BeEquivalentTo(Samples.Keys, "every described route has a sample twin in this test");
    }

    [Fact]
    public async Task Every_twin_links_the_document_and_validates_against_its_schema()
    {
        var document = await DocumentAsync();
        var defs = document["components"]!["schemas"]!.DeepClone();
        var failures = new List<string>();
        foreach (var (route, samples) in Samples)
        {
            foreach (var (url, status) in samples)
            {
                using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
                ((int)response.StatusCode).Should().Be(status, url);
                response.Headers.GetValues("Link").Should().Contain("</openapi/v1.json>; rel=\"describedby\"", url);
                var described = document["paths"]![route]!["get"]!["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
                described.Should().NotBeNull($"{route} describes status {status}");
                var schema = Schema(described!["content"]!["application/json"]!["schema"]!, defs);
                var result = schema.Evaluate(JsonNode.Parse(await response.Content.ReadAsStringAsync()), new EvaluationOptions { OutputFormat = OutputFormat.List });
                if (!result.IsValid)
                {
                    failures.Add(url + ": " + string.Join("; ", result.Details.Where(d => d.Errors is not null)
                        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")).Take(5)));
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task A_twin_that_breaks_its_schema_is_caught()
    {
        var document = await DocumentAsync();
        var schema = Schema(document["paths"]!["/api/reports/{key}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!,
            document["components"]!["schemas"]!.DeepClone());
        var (_, json) = await site.Client.GetJsonAsync("/api/reports/IF10199");
        var twin = JsonNode.Parse(json.GetRawText())!;
        schema.Evaluate(twin).IsValid.Should().BeTrue();
        twin["report"]!["editionCount"] = JsonValue.Create(true);
        schema.Evaluate(twin).IsValid.Should().BeFalse("a boolean is not an edition count");
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var response = await site.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonSchema Schema(JsonNode described, JsonNode defs)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://japan-us-relations-editions.test/twin-" + Guid.NewGuid().ToString("N"),
            ["$defs"] = defs.DeepClone(),
        };
        foreach (var (key, value) in described.AsObject())
        {
            root[key] = value?.DeepClone();
        }

        return JsonSchema.FromText(root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
    }
}
