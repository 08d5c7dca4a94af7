namespace JapanUsRelations.Web.Pages.History;

/// <summary>One paragraph, table or list of a section in one edition's column, with what changed since the edition before.</summary>
/// <param name="Status">
/// Against the column before: <c>unchanged</c>, <c>changed</c> (reworded), <c>moved</c>, <c>split</c>, <c>merged</c>,
/// <c>added</c>, <c>removed</c> (shown struck, from the edition before); <c>first</c> in the first column, where
/// nothing is compared.
/// </param>
/// <param name="Kind"><c>paragraph</c>, <c>table</c>, <c>list</c> or <c>figure</c>.</param>
/// <param name="Anchors">Its anchors in this edition (the edition before for a removed one).</param>
/// <param name="Url">Its permalink (in the edition before for a removed one).</param>
/// <param name="Comparison">This entry in the full comparison with the edition before, or null in the first column.</param>
/// <param name="Text">Its text in this edition (the removed text for a removed one).</param>
/// <param name="Marks">The words kept, inserted and deleted since the edition before, for a changed entry; null otherwise.</param>
public sealed record HistoryEntry(
    string Status,
    string Kind,
    IReadOnlyList<string> Anchors,
    string Url,
    string? Comparison,
    string Text,
    IReadOnlyList<HistoryMark>? Marks);
