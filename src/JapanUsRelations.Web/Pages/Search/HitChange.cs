namespace JapanUsRelations.Web.Pages.Search;

/// <summary>One edition that changed a hit's passage after it first appeared.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Relation"><c>reworded</c>, <c>moved</c>, <c>split</c>, <c>merged</c> or <c>removed</c>.</param>
public sealed record HitChange(string Edition, string Relation);
