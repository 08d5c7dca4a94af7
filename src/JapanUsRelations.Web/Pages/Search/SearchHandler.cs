using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The one handler of the search page and its twin.</summary>
public sealed class SearchHandler(SearchService search, ReadStore store)
{
    /// <summary>
    /// <c>/search?q=&amp;edition=&amp;publisher=&amp;topic=&amp;scope=&amp;order=&amp;page=</c>: one page of results and the
    /// filters; a page past the last is a 404 naming the pages that exist. (A bad <c>page</c>, <c>scope</c> or
    /// <c>order</c> never gets here: <c>PagingGuard</c> and <c>QueryParameterGuard</c> answer it 400.)
    /// </summary>
    public Answer<SearchPage> Search(string? q, IReadOnlyList<string>? editions, string? publisher, string? topic, string? scope, string? order, PageRequest page)
    {
        var request = new SearchRequest(q ?? "", (editions ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).ToList(), NullIfBlank(publisher), NullIfBlank(topic),
            SearchOptions.Scope(scope), SearchOptions.Order(order), page.Page, page.Size);
        var results = search.Search(request);
        var paging = Pagination.Of(page, results.Counts.Passages, PageUrls.For(SearchLinks.Of(request), page.Size, SearchService.PageSize));
        if (paging.IsBeyondEnd)
        {
            return paging.NotFound($"the results for “{request.Query}”");
        }

        return new SearchPage(paging, results, store.Editions.Listed,
            store.Editions.All.Select(e => e.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            store.Topics.Topics.Select(t => (t.Slug, t.Name)).ToList());
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The JSON twins: <c>/api/search</c>, serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/search", ([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic,
            [FromQuery] string? scope, [FromQuery] string? order, HttpRequest http, SearchHandler h) =>
            Twin.Of(h.Search(q, edition, publisher, topic, scope, order, PageRequest.From(http, SearchService.PageSize))));
    }
}
