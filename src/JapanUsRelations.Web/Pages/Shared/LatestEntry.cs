namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>A passage's state in the newest edition of its report (or of the report that continues it), as the twins give it.</summary>
/// <param name="Edition">The newest edition's id.</param>
/// <param name="State"><c>unchanged</c>, <c>reworded</c>, <c>moved</c> or <c>removed</c>.</param>
/// <param name="Url">Where it stands there (its first counterpart's permalink); null when removed.</param>
/// <param name="RemovedIn">For a removed passage, the edition that dropped it; otherwise null.</param>
/// <param name="Change">For a removed passage, the comparison that shows it go; otherwise null.</param>
public sealed record LatestEntry(string Edition, string State, string? Url, string? RemovedIn, string? Change);
