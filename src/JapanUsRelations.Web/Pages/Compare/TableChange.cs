namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A table compared cell by cell.</summary>
/// <param name="Columns">Column labels (the first is the row-label column).</param>
/// <param name="Rows">Row labels.</param>
/// <param name="Cells">Every cell.</param>
/// <param name="Caption">The caption on both sides, diffed.</param>
/// <param name="Units">The units line on both sides, diffed.</param>
/// <param name="Source">The source line on both sides, diffed.</param>
/// <param name="Notes">The note lines on both sides, diffed.</param>
/// <param name="RowChanges">Rows matched by label, with their positions (a reorder is a move).</param>
public sealed record TableChange(
    IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, IReadOnlyList<CellChange> Cells,
    TextFieldChange Caption, TextFieldChange Units, TextFieldChange Source, TextFieldChange Notes, IReadOnlyList<RowChangeEntry> RowChanges);
