using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The one handler of the fact pages and their twins.</summary>
public sealed class FactsHandler(ReadStore store)
{
    /// <summary><c>/facts?page=N</c>: every stated kind through a window of report editions, and the figures compared.</summary>
    public Answer<FactTable> Table(PageRequest request)
    {
        var window = EditionWindow.Of(store.Editions.Reports, request.AtMost(FactTable.MaxPageSize), Urls.Facts, FactTable.DefaultPageSize);
        if (window.Paging.IsBeyondEnd)
        {
            return window.Paging.NotFound("the facts table's editions");
        }

        return new FactTable(
            window.Paging,
            window.Editions,
            store.Facts.Kinds.Select(k => FactRows.Of(store, k, window.Editions, window.Before)).ToList(),
            FactCharts.Figures(store.Facts.In(window.Editions)),
            store.Facts.UnclassifiedCount,
            store.Topics.Topics.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal));
    }

    /// <summary><c>/facts/{kind}?page=N</c>: one kind through a page of report editions, or the unclassified quantities of a page of editions.</summary>
    public Answer<FactKindPage> Kind(string kind, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == FactKindPage.UnclassifiedKind)
        {
            request = request.AtMost(FactKindPage.UnclassifiedMaxPageSize);
            var listed = store.Editions.Listed;
            var pages = Pagination.Of(request, listed.Count, PageUrls.For(Urls.Fact(kind), request.Size, FactKindPage.UnclassifiedPageSize));
            if (pages.IsBeyondEnd)
            {
                return pages.NotFound("the unclassified quantities' editions");
            }

            var shown = pages.Slice(listed);
            return new FactKindPage(pages, null, store.Facts.Unclassified(shown), null) { Shown = shown };
        }

        if (store.Facts.Find(kind) is not { } info)
        {
            return new NotFoundModel($"fact kind “{kind}”", "Fact kinds that exist", store.Facts.Kinds.Select(k => new Link(k.Label, Urls.Fact(k.Kind))).ToList());
        }

        var window = EditionWindow.Of(store.Editions.Reports, request.AtMost(FactKindPage.MaxPageSize), Urls.Fact(kind), FactKindPage.DefaultPageSize);
        if (window.Paging.IsBeyondEnd)
        {
            return window.Paging.NotFound($"the editions of “{info.Label}”");
        }

        var row = FactRows.Of(store, info, window.Editions, window.Before);
        return new FactKindPage(window.Paging, row, [], FactCharts.Through(row)) { Shown = window.Editions };
    }

    /// <summary>Editions per page of a kind's page when the URL names no size.</summary>
    public static int DefaultPageSizeOf(string kind) => kind == FactKindPage.UnclassifiedKind ? FactKindPage.UnclassifiedPageSize : FactKindPage.DefaultPageSize;

    /// <summary>The JSON twins: <c>/api/facts</c> and <c>/api/facts/{kind}</c> (and <c>/api/facts/unclassified</c>), each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/facts", (HttpRequest request, FactsHandler h) => Twin.Of(h.Table(PageRequest.From(request, FactTable.DefaultPageSize))));
        app.MapGet("/api/facts/{kind}", (string kind, HttpRequest request, FactsHandler h) =>
            Twin.Of(h.Kind(kind, PageRequest.From(request, DefaultPageSizeOf(kind)))));
    }
}
