namespace JapanUsRelations.Web.Pages.Search;

/// <summary>What a reader asked for: the query as typed, and optional filters.</summary>
/// <param name="Query">FTS5 query as typed ("Okinawa", "\"golden share\"", "counter*"); may be malformed.</param>
/// <param name="Editions">Only these edition ids; empty for all.</param>
/// <param name="Publisher">Only editions of this publisher; null for all.</param>
/// <param name="Topic">Only passages assigned this topic (slug, table <c>block_topic</c>); null for all.</param>
public sealed record SearchRequest(string Query, IReadOnlyList<string> Editions, string? Publisher, string? Topic = null)
{
    /// <summary>A query over every edition.</summary>
    public static SearchRequest For(string query) => new(query, [], null);
}
