namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A bulleted list of a section.</summary>
/// <param name="Anchor"><c>l1</c>….</param>
/// <param name="Items">The items, in order.</param>
/// <param name="Url">Its permalink.</param>
public sealed record ListEntry(string Anchor, IReadOnlyList<string> Items, string Url);
