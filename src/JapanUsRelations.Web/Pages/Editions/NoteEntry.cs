namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A disclaimer, navigation note or further-reading list of an edition.</summary>
/// <param name="Kind"><c>disclaimer</c>, <c>navigation</c> or <c>further-reading</c>.</param>
/// <param name="Text">The note's text.</param>
/// <param name="Items">Its list items, if any.</param>
/// <param name="SourceLine">Where it starts in the seed.</param>
public sealed record NoteEntry(string Kind, string Text, IReadOnlyList<string> Items, int SourceLine);
