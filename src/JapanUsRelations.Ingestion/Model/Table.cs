namespace JapanUsRelations.Ingestion.Model;

/// <summary>A table or figure: caption ("Figure 1. Top U.S. Trade Partners, 2024"), units line, source line and cells.</summary>
/// <param name="Caption">The caption as written, without markup; null when the source gives none.</param>
/// <param name="Units">The units line, e.g. "Goods and Services; U.S. $ billions"; null when none.</param>
/// <param name="SourceNote">The source line, e.g. "Source: CRS; data from Bureau of Economic Analysis."; null when none.</param>
/// <param name="Cells">Every cell, row by row.</param>
public sealed record Table(string? Caption, string? Units, string? SourceNote, IReadOnlyList<TableCell> Cells)
{
    /// <summary>Note lines printed under the table or figure ("Note: Values taken at the end of the fiscal year."), in order.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Number of rows, header row included.</summary>
    public int RowCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Row) + 1;

    /// <summary>Number of columns, label column included.</summary>
    public int ColumnCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Column) + 1;

    /// <summary>The cell at a row and column, or null where the row is short.</summary>
    public TableCell? CellAt(int row, int column) => Cells.FirstOrDefault(c => c.Row == row && c.Column == column);

    /// <summary>The rows as lists of cell texts (header row first).</summary>
    public IReadOnlyList<IReadOnlyList<string>> RowTexts() =>
        Enumerable.Range(0, RowCount)
            .Select(r => (IReadOnlyList<string>)Cells.Where(c => c.Row == r).OrderBy(c => c.Column).Select(c => c.Text).ToList())
            .ToList();
}
