namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A table of a section.</summary>
/// <param name="Anchor"><c>t1</c>….</param>
/// <param name="Caption">Its caption, or null.</param>
/// <param name="Units">Its units line, or null.</param>
/// <param name="Source">Its source note, or null.</param>
/// <param name="Rows">Cell texts, row by row (the first row is the header).</param>
/// <param name="BoldCells">(row, column) of every bold cell.</param>
/// <param name="Url">Its permalink.</param>
public sealed record TableEntry(
    string Anchor, string? Caption, string? Units, string? Source, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<IReadOnlyList<int>> BoldCells, string Url);
