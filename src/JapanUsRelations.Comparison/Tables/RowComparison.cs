namespace JapanUsRelations.Comparison.Tables;

/// <summary>One row of a compared table, matched by its label.</summary>
/// <param name="Label">The row's label (column 0), e.g. "Mexico".</param>
/// <param name="Status">Unchanged, changed, added, removed or moved (its rank among the shared rows changed).</param>
/// <param name="OlderPosition">1-based data-row position in the older table, or null when added.</param>
/// <param name="NewerPosition">1-based data-row position in the newer table, or null when removed.</param>
/// <param name="CellsChanged">Cells of the row whose text differs.</param>
public sealed record RowComparison(string Label, RowStatus Status, int? OlderPosition, int? NewerPosition, int CellsChanged);
