using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>The section in one edition: one column of the history (one row on a phone).</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Slug">The section's slug in this edition, or null where it does not stand.</param>
/// <param name="Heading">Its heading as printed here (null when untitled or absent).</param>
/// <param name="Url">The section's page in this edition, or null.</param>
/// <param name="Status">
/// Against the edition before: <c>first</c> (the first edition shown, nothing before it), <c>unchanged</c>,
/// <c>changed</c>, <c>moved</c>, <c>added</c> (new here), <c>removed</c> (stood in the edition before, not here),
/// <c>absent</c> (in neither).
/// </param>
/// <param name="Comparison">The full comparison with the edition before, landing on this section; null without one.</param>
/// <param name="Counts">Entries by status (as <see cref="HistoryEntry.Status"/>).</param>
/// <param name="Entries">The section's paragraphs, tables and lists here, subsections' included, in reading order; removed ones where they stood.</param>
/// <param name="HiddenUnchanged">Unchanged entries left out (changes only), else 0.</param>
public sealed record HistoryColumn(
    EditionSummary Edition,
    string? Slug,
    string? Heading,
    string? Url,
    string Status,
    string? Comparison,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<HistoryEntry> Entries,
    int HiddenUnchanged)
{
    /// <summary>True when the section changed since the edition before (or first appears).</summary>
    public bool IsChange => Status is not ("unchanged" or "absent");
}
