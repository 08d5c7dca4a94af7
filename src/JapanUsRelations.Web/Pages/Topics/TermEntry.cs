namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A term that signals a topic.</summary>
/// <param name="Term">The term as written in the taxonomy.</param>
/// <param name="Weight">Points it adds per occurrence.</param>
public sealed record TermEntry(string Term, double Weight);
