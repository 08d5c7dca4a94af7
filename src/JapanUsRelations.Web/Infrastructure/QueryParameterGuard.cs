using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure.Serving;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// After routing, checks the query parameters that change what a page or twin answers: a value that is not an option
/// (<c>/compare/a/b?view=sideways</c>), not a date (<c>/editions?on=banana</c>) or names nothing stored
/// (<c>/search?q=x&amp;topic=nope</c>) is answered 400, saying what was wrong and what is allowed (problem+json under
/// <c>/api</c>, plain text elsewhere), instead of being quietly ignored. Unknown parameter names are ignored, as on any
/// site. Export formats are checked by their endpoint (a 404 listing the formats).
/// </summary>
public static class QueryParameterGuard
{
    private static readonly string[] Comparison = ["compare/{a}/{b}"];
    private static readonly string[] EditionLists = ["editions", "api/editions"];
    private static readonly string[] Searches = ["search", "api/search"];

    /// <summary>Every rule, by route and parameter.</summary>
    public static IReadOnlyList<QueryRule> Rules { get; } =
    [
        QueryRule.OneOf(Comparison, "view", "side", "inline", "changes"),
        QueryRule.OneOf(Comparison, "typography", "show"),
        new(EditionLists, "on", (value, _) => value.Trim().Length == 0 || EditionCatalog.IsDayOrYear(value.Trim())
            ? null
            : $"on={QueryRule.Shown(value)} is not a year or a day: write on=2024 or on=2024-11-05."),
        QueryRule.OneOf(Searches, "scope", "all", "latest"), // Pages/Search/SearchOptions: every edition, or the latest of each report
        QueryRule.OneOf(Searches, "order", "newest", "relevance"), // the order of the result groups
        new(Searches, "edition", (value, store) => value.Length == 0 || store is null || store.Editions.Find(value) is not null
            ? null
            : $"edition={QueryRule.Shown(value)} names no edition. Editions: {string.Join(", ", store.Editions.Listed.Select(e => e.Id))}."),
        new(Searches, "topic", (value, store) => value.Length == 0 || store is null || store.Topics.Find(value) is not null
            ? null
            : $"topic={QueryRule.Shown(value)} names no topic. Topics: {string.Join(", ", store.Topics.Topics.Select(t => t.Slug))}."),
        new(Searches, "publisher", (value, store) => value.Length == 0 || store is null || store.Editions.All.Any(e => string.Equals(e.Publisher, value, StringComparison.Ordinal))
            ? null
            : $"publisher={QueryRule.Shown(value)} published no edition. Publishers: {string.Join("; ", store.Editions.All.Select(e => e.Publisher).Distinct())}."),
    ];

    /// <summary>Adds the middleware (after <c>UseRouting</c>).</summary>
    public static IApplicationBuilder UseQueryParameterGuard(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (context.GetEndpoint() is not RouteEndpoint endpoint || context.Request.Query.Count == 0)
            {
                return next(context);
            }

            string route = endpoint.RoutePattern.RawText?.Trim('/') ?? "";
            foreach (var rule in Rules)
            {
                if (!rule.Routes.Contains(route, StringComparer.Ordinal) || !context.Request.Query.TryGetValue(rule.Parameter, out var values))
                {
                    continue;
                }

                var store = context.RequestServices.GetRequiredService<SnapshotLease>().Store;
                foreach (string? value in values)
                {
                    if (rule.Check(value ?? "", store) is { } problem)
                    {
                        context.SetEndpoint(null);
                        return Problem.WriteAsync(context, StatusCodes.Status400BadRequest, "Bad request", problem);
                    }
                }
            }

            return next(context);
        });
}
