namespace JapanUsRelations.Comparison.Tables;

/// <summary>One cell of a compared table, matched by row label and column header rather than by position.</summary>
/// <param name="RowLabel">The row's label (column 0), e.g. "Japan"; the header row's label is empty.</param>
/// <param name="ColumnLabel">The column's header, e.g. "U.S. IMPORTS"; empty for the label column.</param>
/// <param name="Older">The older text, or null when the cell is new.</param>
/// <param name="Newer">The newer text, or null when the cell is gone.</param>
/// <param name="Status">Unchanged, changed, added or removed.</param>
public sealed record CellComparison(string RowLabel, string ColumnLabel, string? Older, string? Newer, CellStatus Status);
