using System.Collections;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>
/// The editions list (<c>/editions</c>): report editions oldest first with their change since the one before, then
/// the reference sources. Its twin is the array of their summaries (the record enumerates them).
/// </summary>
/// <param name="Rows">Report editions, oldest first.</param>
/// <param name="References">Reference sources.</param>
public sealed record EditionList(IReadOnlyList<EditionRow> Rows, IReadOnlyList<Edition> References) : IEnumerable<EditionSummary>
{
    /// <summary>The day or year the list is narrowed to (<c>/editions?on=2026-09-16</c>), or null for every edition.</summary>
    public string? On { get; init; }

    /// <inheritdoc />
    public IEnumerator<EditionSummary> GetEnumerator() =>
        Rows.Select(r => r.Edition).Concat(References).Select(e => new EditionSummary(e)).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
