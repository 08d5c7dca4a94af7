namespace JapanUsRelations.Comparison.Tables;

/// <summary>
/// A table compared as a table: caption, units and source line word by word, rows matched by label (a reorder is a
/// move), cells by row and column. Rows in the newer table's order, removed rows after them.
/// </summary>
/// <param name="Columns">Column headers in the newer table's order (removed columns last).</param>
/// <param name="Rows">Row labels in the newer table's order (removed rows last).</param>
/// <param name="Cells">Every cell, row by row in <paramref name="Rows"/> order, column by column.</param>
public sealed record TableComparison(IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, IReadOnlyList<CellComparison> Cells)
{
    /// <summary>The caption compared ("Top U.S. Trade Partners, 2023" → "…, 2024").</summary>
    public TextFieldComparison Caption { get; init; } = new(null, null, []);

    /// <summary>The units line compared.</summary>
    public TextFieldComparison Units { get; init; } = new(null, null, []);

    /// <summary>The source line compared.</summary>
    public TextFieldComparison Source { get; init; } = new(null, null, []);

    /// <summary>The note lines on both sides (one text, a line each), diffed.</summary>
    public TextFieldComparison Notes { get; init; } = new(null, null, []);

    /// <summary>Each row's fate, in <see cref="Rows"/> order.</summary>
    public IReadOnlyList<RowComparison> RowChanges { get; init; } = [];

    /// <summary>Words only in the newer table: in its changed or added cells and its metadata lines, as shown.</summary>
    public int WordsAdded { get; init; }

    /// <summary>Words only in the older table, likewise.</summary>
    public int WordsRemoved { get; init; }

    /// <summary>The cell at a row label and column header, or null.</summary>
    public CellComparison? Cell(string rowLabel, string columnLabel) =>
        Cells.FirstOrDefault(c => string.Equals(c.RowLabel, rowLabel, StringComparison.Ordinal) && string.Equals(c.ColumnLabel, columnLabel, StringComparison.Ordinal));
}
