namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A table row matched by its label: its fate and its position on each side (a reorder is a move).</summary>
/// <param name="Row">The row label.</param>
/// <param name="Status">The row's status.</param>
/// <param name="LeftPosition">1-based position on the left, or null.</param>
/// <param name="RightPosition">1-based position on the right, or null.</param>
public sealed record RowChangeEntry(string Row, string Status, int? LeftPosition, int? RightPosition);
