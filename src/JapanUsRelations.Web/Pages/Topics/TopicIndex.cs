using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>
/// All topics with the coverage matrix over a window of report editions (<c>/topics?page=N</c>, a page of editions
/// oldest first; the reference sources on every page). Its twin carries the paging fields (over report editions),
/// the window's edition ids and every topic's summary over the window.
/// </summary>
/// <param name="Paging">Where the window stands among the report editions.</param>
/// <param name="Rows">One timeline per topic over the window, in taxonomy order (not serialised; see <see cref="Topics"/>).</param>
/// <param name="Window">The window's report editions, oldest first: the matrix's columns (not serialised).</param>
/// <param name="ReferenceSources">Reference sources: the matrix's separate columns (not serialised).</param>
public sealed record TopicIndex(
    Pagination Paging,
    [property: JsonIgnore] IReadOnlyList<TopicTimeline> Rows,
    [property: JsonIgnore] IReadOnlyList<Edition> Window,
    [property: JsonIgnore] IReadOnlyList<Edition> ReferenceSources) : PagedRecord(Paging)
{
    /// <summary>Editions (columns) per page when the URL names no size.</summary>
    public const int DefaultPageSize = 12;

    /// <summary>The most columns a page shows, whatever size is asked for.</summary>
    public const int MaxPageSize = 24;

    /// <summary>The most words any edition in the window gives any topic (for shading).</summary>
    [JsonIgnore]
    public int MaxWords { get; } = Rows.SelectMany(r => r.Editions.Concat(r.References)).Select(e => e.Words).DefaultIfEmpty(0).Max();

    /// <summary>The window's report edition ids, oldest first: the matrix's columns.</summary>
    public IReadOnlyList<string> Editions => Window.Select(e => e.Id).ToList();

    /// <summary>Every topic with its coverage over the window.</summary>
    public IReadOnlyList<TopicSummary> Topics => Rows.Select(r => new TopicSummary(r)).ToList();

    /// <summary>Shade level 0–4 of a cell, by its share of <see cref="MaxWords"/>.</summary>
    public int Level(int words) => words == 0 || MaxWords == 0 ? 0 : 1 + Math.Min(3, words * 4 / (MaxWords + 1));
}
