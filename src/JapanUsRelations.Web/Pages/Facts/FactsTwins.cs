using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The JSON twins of the fact pages: each serialises its page's handler answer.</summary>
public static class FactsTwins
{
    /// <summary>Maps <c>/api/facts</c> and <c>/api/facts/{kind}</c> (and <c>/api/facts/unclassified</c>).</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/facts", (FactsHandler h) => Twin.Of<FactTable>(h.Table()));
        app.MapGet("/api/facts/{kind}", (string kind, FactsHandler h) => Twin.Of(h.Kind(kind)));
    }
}
