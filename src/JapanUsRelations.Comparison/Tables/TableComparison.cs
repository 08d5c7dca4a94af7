namespace JapanUsRelations.Comparison.Tables;

/// <summary>A table compared cell by cell: rows in the newer table's order, removed rows after them.</summary>
/// <param name="Columns">Column headers in the newer table's order (removed columns last).</param>
/// <param name="Rows">Row labels in the newer table's order (removed rows last).</param>
/// <param name="Cells">Every cell, row by row in <paramref name="Rows"/> order, column by column.</param>
public sealed record TableComparison(IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, IReadOnlyList<CellComparison> Cells)
{
    /// <summary>The cell at a row label and column header, or null.</summary>
    public CellComparison? Cell(string rowLabel, string columnLabel) =>
        Cells.FirstOrDefault(c => string.Equals(c.RowLabel, rowLabel, StringComparison.Ordinal) && string.Equals(c.ColumnLabel, columnLabel, StringComparison.Ordinal));
}
