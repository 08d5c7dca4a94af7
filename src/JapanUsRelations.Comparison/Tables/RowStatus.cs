namespace JapanUsRelations.Comparison.Tables;

/// <summary>What happened to one table row. A moved row may also have changed cells (see <see cref="RowComparison.CellsChanged"/>).</summary>
public enum RowStatus
{
    /// <summary>Same place among the shared rows, same cells.</summary>
    Unchanged,

    /// <summary>Same place, some cells differ.</summary>
    Changed,

    /// <summary>Only in the newer table.</summary>
    Added,

    /// <summary>Only in the older table.</summary>
    Removed,

    /// <summary>Its order among the rows both tables share changed (counted once, whatever else moved around it).</summary>
    Moved,
}
