using System.Text.Json.Serialization;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>A sentence's state in the newest edition of its report (or of the report that continues it).</summary>
/// <param name="Edition">The newest edition's id.</param>
/// <param name="State"><c>unchanged</c>, <c>reworded</c>, <c>moved</c> or <c>removed</c>.</param>
/// <param name="Anchor">Its paragraph's anchor there; null when removed.</param>
/// <param name="Sentence">Its number there; null when removed.</param>
/// <param name="Text">Its text there; null when removed.</param>
/// <param name="Url">The sentence there on its paragraph's cite page; null when removed.</param>
/// <param name="RemovedIn">For a removed sentence, the edition that dropped it; otherwise null.</param>
/// <param name="When">The newest edition's date as the page names it (not serialised).</param>
public sealed record SentenceLatestEntry(string Edition, string State, string? Anchor, int? Sentence, string? Text, string? Url, string? RemovedIn, [property: JsonIgnore] string When);
