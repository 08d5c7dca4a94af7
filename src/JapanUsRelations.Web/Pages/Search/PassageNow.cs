namespace JapanUsRelations.Web.Pages.Search;

/// <summary>A hit's passage in the newest edition of its report.</summary>
/// <param name="State">
/// <c>latest</c> (the hit is in the newest edition), <c>unchanged</c>, <c>reworded</c>, <c>moved</c>, <c>split</c>,
/// <c>merged</c>, <c>removed</c>, <c>reference</c> (a reference article: no editions), or <c>changed</c> (a database
/// without lineage: not in the newest edition as written, whether reworded or removed unknown).
/// </param>
/// <param name="Edition">The newest edition of the report (the reference article itself for a reference).</param>
/// <param name="Url">Where the passage stands there; null when removed.</param>
public sealed record PassageNow(string State, string Edition, string? Url);
