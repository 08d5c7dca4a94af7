namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A table compared cell by cell.</summary>
/// <param name="Columns">Column labels (the first is the row-label column).</param>
/// <param name="Rows">Row labels.</param>
/// <param name="Cells">Every cell.</param>
public sealed record TableChange(IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, IReadOnlyList<CellChange> Cells);
