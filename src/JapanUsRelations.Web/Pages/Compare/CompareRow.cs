using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>One row of a compared section as the page lays it out: an entry, the place a block moved away from, or a run of hidden unchanged entries.</summary>
/// <param name="Entry">The entry to show, or null.</param>
/// <param name="Departure">The place a block left, or null.</param>
/// <param name="Hidden">How many unchanged entries are hidden here (changes-only view); 0 otherwise.</param>
public sealed record CompareRow(EntryView? Entry, MoveMarker? Departure, int Hidden);
