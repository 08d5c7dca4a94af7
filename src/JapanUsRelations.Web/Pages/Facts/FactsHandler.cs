using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The one handler of the fact pages and their twins.</summary>
public sealed class FactsHandler(ReadStore store)
{
    /// <summary><c>/facts</c>: every stated kind through time, and the figures compared.</summary>
    public FactTable Table() => new(
        store.Facts.Kinds.Select(k => FactRows.Of(store, k)).ToList(),
        FactCharts.Figures(store.Facts),
        store.Facts.Unclassified.Count,
        store.Topics.Topics.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal));

    /// <summary><c>/facts/{kind}</c>: one kind through time, or the unclassified quantities.</summary>
    public Answer<FactKindPage> Kind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == FactKindPage.UnclassifiedKind)
        {
            return new FactKindPage(null, store.Facts.Unclassified, null);
        }

        if (store.Facts.Find(kind) is not { } info)
        {
            return new NotFoundModel($"fact kind “{kind}”", "Fact kinds that exist", store.Facts.Kinds.Select(k => new Link(k.Label, Urls.Fact(k.Kind))).ToList());
        }

        var row = FactRows.Of(store, info);
        return new FactKindPage(row, [], FactCharts.Through(row));
    }

    /// <summary>The JSON twins: <c>/api/facts</c> and <c>/api/facts/{kind}</c> (and <c>/api/facts/unclassified</c>), each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/facts", (FactsHandler h) => Twin.Of<FactTable>(h.Table()));
        app.MapGet("/api/facts/{kind}", (string kind, FactsHandler h) => Twin.Of(h.Kind(kind)));
    }
}
