namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A paragraph of a section.</summary>
/// <param name="Anchor"><c>p1</c>…, unique in the edition.</param>
/// <param name="Text">The reading text.</param>
/// <param name="Html">The sanitised rendering of its inline markup.</param>
/// <param name="Url">Its permalink.</param>
/// <param name="SourceLines">First and last seed line.</param>
public sealed record ParagraphEntry(string Anchor, string Text, string Html, string Url, IReadOnlyList<int> SourceLines);
