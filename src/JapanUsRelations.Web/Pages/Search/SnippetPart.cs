namespace JapanUsRelations.Web.Pages.Search;

/// <summary>A run of snippet text; <paramref name="IsMatch"/> runs are the words the query matched.</summary>
/// <param name="Text">Plain text (never HTML).</param>
/// <param name="IsMatch">True for a matched run, shown in <c>&lt;mark&gt;</c>.</param>
public sealed record SnippetPart(string Text, bool IsMatch);
