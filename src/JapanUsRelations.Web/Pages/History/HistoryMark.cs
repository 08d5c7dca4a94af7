namespace JapanUsRelations.Web.Pages.History;

/// <summary>A run of a passage's words in a history column: kept, inserted or deleted since the edition before.</summary>
/// <param name="Kind"><c>equal</c>, <c>insert</c> or <c>delete</c>.</param>
/// <param name="Text">The words, exactly as in the source.</param>
public sealed record HistoryMark(string Kind, string Text);
