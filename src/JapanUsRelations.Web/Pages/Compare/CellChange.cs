namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>One cell of a table compared cell by cell.</summary>
/// <param name="Row">Row label.</param>
/// <param name="Column">Column label.</param>
/// <param name="Left">The left value, or null.</param>
/// <param name="Right">The right value, or null.</param>
/// <param name="Status"><c>unchanged</c>, <c>changed</c>, <c>added</c> or <c>removed</c>.</param>
public sealed record CellChange(string Row, string Column, string? Left, string? Right, string Status);
