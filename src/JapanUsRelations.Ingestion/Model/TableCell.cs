namespace JapanUsRelations.Ingestion.Model;

/// <summary>One cell of a figure table, as printed.</summary>
/// <param name="Row">0-based row; row 0 is the header row.</param>
/// <param name="Column">0-based column; column 0 holds the row labels.</param>
/// <param name="Text">The cell's text without markup, e.g. "187".</param>
/// <param name="IsHeader">True for the header row.</param>
/// <param name="IsBold">True where the source set the cell in bold (<c>&lt;b&gt;</c> or <c>**</c>).</param>
public sealed record TableCell(int Row, int Column, string Text, bool IsHeader, bool IsBold);
