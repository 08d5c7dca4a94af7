using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The one handler of the search page and its twin.</summary>
public sealed class SearchHandler(SearchService search, ReadStore store)
{
    /// <summary><c>/search?q=&amp;edition=&amp;publisher=&amp;topic=</c>: the results and the filters.</summary>
    public SearchPage Search(string? q, IReadOnlyList<string>? editions, string? publisher, string? topic) => new(
        search.Search(new SearchRequest(q ?? "", (editions ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).ToList(), NullIfBlank(publisher), NullIfBlank(topic))),
        store.Editions.Listed,
        store.Editions.All.Select(e => e.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        store.Topics.Topics.Select(t => (t.Slug, t.Name)).ToList());

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The JSON twins: <c>/api/search</c>, each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/search", ([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic, SearchHandler h) =>
            Twin.Of<SearchPage>(h.Search(q, edition, publisher, topic)));
    }
}
