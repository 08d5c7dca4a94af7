using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>
/// One page of the editions list (<c>/editions?page=N</c>): report editions oldest first with their change since the
/// one before, then the reference sources (on every page; they are few). Its twin carries the paging fields, this
/// page's <see cref="Editions"/> and the <see cref="References"/>.
/// </summary>
/// <param name="Paging">Where this page stands among the report editions.</param>
/// <param name="Rows">This page's report editions, oldest first (not serialised; see <see cref="Editions"/>).</param>
/// <param name="ReferenceSources">Reference sources (not serialised; see <see cref="References"/>).</param>
public sealed record EditionList(
    Pagination Paging,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<EditionRow> Rows,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<Edition> ReferenceSources) : PagedRecord(Paging)
{
    /// <summary>Report editions per page when the URL names no size.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The day or year the list is narrowed to (<c>/editions?on=2026-09-16</c>), or null for every edition.</summary>
    public string? On { get; init; }

    /// <summary>This page's report editions, oldest first.</summary>
    public IReadOnlyList<EditionSummary> Editions => Rows.Select(r => new EditionSummary(r.Edition)).ToList();

    /// <summary>The reference sources (undated, non-government texts), on every page.</summary>
    public IReadOnlyList<EditionSummary> References => ReferenceSources.Select(e => new EditionSummary(e)).ToList();
}
