namespace JapanUsRelations.Comparison.Tables;

/// <summary>What happened to one table cell.</summary>
public enum CellStatus
{
    /// <summary>Same text.</summary>
    Unchanged,

    /// <summary>Different text in the same row and column.</summary>
    Changed,

    /// <summary>Only in the newer table (its row or column is new).</summary>
    Added,

    /// <summary>Only in the older table.</summary>
    Removed,
}
