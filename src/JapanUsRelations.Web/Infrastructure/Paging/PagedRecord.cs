using System.Text.Json.Serialization;

namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// The base of a record that is one page of a list: its twin carries <c>page</c>, <c>pageSize</c>, <c>total</c>,
/// <c>next</c> and <c>prev</c> (page URLs; the twin of each is the same path under <c>/api</c>) before its items.
/// </summary>
/// <param name="Paging">Where the page stands (not serialised as such; see the properties).</param>
public abstract record PagedRecord([property: JsonIgnore] Pagination Paging) : IPaged
{
    /// <summary>This page's number, from 1.</summary>
    [JsonPropertyOrder(-5)]
    public int Page => Paging.Page;

    /// <summary>Items per page.</summary>
    [JsonPropertyOrder(-4)]
    public int PageSize => Paging.PageSize;

    /// <summary>Items in the whole list.</summary>
    [JsonPropertyOrder(-3)]
    public int Total => Paging.Total;

    /// <summary>The next page's URL, or null on the last page.</summary>
    [JsonPropertyOrder(-2)]
    public string? Next => Paging.Next;

    /// <summary>The previous page's URL, or null on the first page.</summary>
    [JsonPropertyOrder(-1)]
    public string? Prev => Paging.Prev;
}
