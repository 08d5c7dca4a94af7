using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>What a reader asked for: the query as typed, optional filters, the scope, the order and the page.</summary>
/// <param name="Query">FTS5 query as typed ("Okinawa", "\"golden share\"", "counter*"); may be malformed.</param>
/// <param name="Editions">Only these edition ids; empty for all.</param>
/// <param name="Publisher">Only editions of this publisher; null for all.</param>
/// <param name="Topic">Only passages assigned this topic (slug, table <c>block_topic</c>); null for all.</param>
/// <param name="Scope">Every edition, or only the latest of each report.</param>
/// <param name="Order">The order of the result groups.</param>
/// <param name="Page">The page of results, from 1.</param>
/// <param name="PageSize">Hits per page.</param>
public sealed record SearchRequest(
    string Query,
    IReadOnlyList<string> Editions,
    string? Publisher,
    string? Topic = null,
    SearchScope Scope = SearchScope.All,
    SearchOrder Order = SearchOrder.Newest,
    int Page = 1,
    int PageSize = SearchService.PageSize)
{
    /// <summary>A query over every edition, newest first, first page.</summary>
    public static SearchRequest For(string query) => new(query, [], null);
}
