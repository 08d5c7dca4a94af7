using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>JSON twins of the comparison pages.</summary>
public static class CompareApi
{
    /// <summary>Maps <c>/api/compare</c> and <c>/api/compare/{a}/{b}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/compare", (ComparisonService comparisons) => Results.Json(new
        {
            editions = comparisons.Catalog.Reports.Concat(comparisons.Catalog.References).Select(EditionJson.Summary),
            successive = comparisons.Successive().Select(p => new
            {
                left = p.Older.Id,
                right = p.Newer.Id,
                url = Urls.Compare(p.Older.Id, p.Newer.Id),
                api = Urls.Api(Urls.Compare(p.Older.Id, p.Newer.Id)),
                changedShare = Math.Round(comparisons.ChangedShare(p.Older, p.Newer) ?? 0, 4),
            }),
            template = "/api/compare/{a}/{b}",
        }, EditionsApp.Json));

        app.MapGet("/api/compare/{a}/{b}", (string a, string b, ComparisonService comparisons) =>
        {
            var view = comparisons.Find(a, b);
            if (view is null)
            {
                return CompareNotFound.Json(comparisons.Catalog, comparisons.Catalog.Resolve(a) is null ? a : b);
            }

            return view.Left.Id != a || view.Right.Id != b
                ? Results.Redirect(Urls.Api(Urls.Compare(view.Left.Id, view.Right.Id)))
                : Results.Json(CompareJson.Full(view), EditionsApp.Json);
        });
    }
}
