using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>JSON twins of the fact pages.</summary>
public static class FactsApi
{
    /// <summary>Maps <c>/api/facts</c> and <c>/api/facts/{kind}</c> (and <c>/api/facts/unclassified</c>).</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/facts", (FactCatalog facts) =>
            Results.Json(facts.Rows().Select(FactJson.Kind), EditionsApp.Json));

        app.MapGet("/api/facts/{kind}", (string kind, FactCatalog facts) =>
        {
            if (kind == FactCatalog.Unclassified)
            {
                return Results.Json(
                    new { kind, label = "Unclassified quantities", values = facts.UnclassifiedFacts().Select(f => FactJson.Value(f, null)) },
                    EditionsApp.Json);
            }

            var info = facts.Find(kind);
            return info is null
                ? Results.Json(EditionJson.NotFound($"fact kind '{kind}'", facts.Kinds.Select(k => (k.Label, Urls.Api(Urls.Fact(k.Kind))))), EditionsApp.Json, statusCode: 404)
                : Results.Json(FactJson.Kind(facts.Row(info)), EditionsApp.Json);
        });
    }
}
