using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>The JSON twins of the comparison pages: each serialises its page's handler answer.</summary>
public static class CompareTwins
{
    /// <summary>Maps <c>/api/compare</c> and <c>/api/compare/{a}/{b}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/compare", (string? a, string? b, CompareHandler h) => Twin.Of(h.Chooser(a, b)));
        app.MapGet("/api/compare/{a}/{b}", (string a, string b, CompareHandler h) => Twin.Of(h.Comparison(a, b)));
    }
}
