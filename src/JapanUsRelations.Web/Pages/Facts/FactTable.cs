using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>
/// The facts table (<c>/facts?page=N</c>): every stated kind × a window of report editions (a page of them, oldest
/// first), and the figures those editions compare. Its twin carries the paging fields (over report editions), the
/// window's edition ids and every kind's values in the window.
/// </summary>
/// <param name="Paging">Where the window stands among the report editions.</param>
/// <param name="Window">The window's report editions, oldest first (not serialised; see <see cref="Editions"/>).</param>
/// <param name="Rows">Every kind through the window, in catalogue order (not serialised; see <see cref="Kinds"/>).</param>
/// <param name="Figures">Each figure's data years side by side, in the window's editions (not serialised).</param>
/// <param name="UnclassifiedCount">How many quantities no kind matched, in every edition.</param>
/// <param name="TopicNames">Topic names by slug, for the row groups (not serialised).</param>
public sealed record FactTable(
    Pagination Paging,
    [property: JsonIgnore] IReadOnlyList<Edition> Window,
    [property: JsonIgnore] IReadOnlyList<FactRow> Rows,
    [property: JsonIgnore] IReadOnlyList<FigureComparison> Figures,
    int UnclassifiedCount,
    [property: JsonIgnore] IReadOnlyDictionary<string, string> TopicNames) : PagedRecord(Paging)
{
    /// <summary>Editions (columns) per page when the URL names no size.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>The most columns a page shows, whatever size is asked for (ten editions' facts stay under 300 KB of HTML at 1,000 synthetic editions).</summary>
    public const int MaxPageSize = 10;

    /// <summary>The window's report edition ids, oldest first: the table's columns.</summary>
    public IReadOnlyList<string> Editions => Window.Select(e => e.Id).ToList();

    /// <summary>Every stated kind with its values in the window's editions (and the references').</summary>
    public IReadOnlyList<FactKindEntry> Kinds => Rows.Select(r => new FactKindEntry(r)).ToList();
}
