namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>One counterpart of a paragraph in the edition before or after it, as the twins give it.</summary>
/// <param name="Edition">The counterpart's edition id.</param>
/// <param name="Anchor">Its anchor there.</param>
/// <param name="Url">Its permalink.</param>
/// <param name="Relation">Read forwards, older to newer: <c>same</c>, <c>reworded</c>, <c>moved</c>, <c>split</c> or <c>merged</c>.</param>
/// <param name="Direction"><c>earlier</c> (the edition before) or <c>later</c> (an edition after).</param>
/// <param name="Share">Share of words kept between the two, 0–1.</param>
public sealed record LineageEntry(string Edition, string Anchor, string Url, string Relation, string Direction, double Share);
