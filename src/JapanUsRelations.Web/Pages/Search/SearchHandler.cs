using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The one handler of the search page and its twin.</summary>
public sealed class SearchHandler(SearchService search, ReadStore store)
{
    /// <summary><c>/search?q=&amp;edition=&amp;publisher=&amp;topic=</c>: the results and the filters.</summary>
    public SearchPage Search(string? q, IReadOnlyList<string>? editions, string? publisher, string? topic) => new(
        search.Search(new SearchRequest(q ?? "", editions ?? [], NullIfBlank(publisher), NullIfBlank(topic))),
        store.Editions.Listed,
        store.Editions.All.Select(e => e.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        store.Topics.Topics.Select(t => (t.Slug, t.Name)).ToList());

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
