namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>A byline entry.</summary>
/// <param name="Name">The name as printed.</param>
/// <param name="Role">Their role ("Specialist in Asian Affairs"), or null.</param>
public sealed record AuthorEntry(string Name, string? Role);
