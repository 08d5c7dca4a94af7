namespace JapanUsRelations.Comparison;

/// <summary>What happened to a paragraph (or table, or list) between two editions.</summary>
public enum BlockStatus
{
    /// <summary>Same words in the same place (typography differences aside).</summary>
    Unchanged,

    /// <summary>Reworded in the same place.</summary>
    Changed,

    /// <summary>Only in the newer edition.</summary>
    Added,

    /// <summary>Only in the older edition.</summary>
    Removed,

    /// <summary>Found in another section or out of order, possibly with edits inside it.</summary>
    Moved,

    /// <summary>One older paragraph became two (or more) newer ones.</summary>
    Split,

    /// <summary>Two (or more) older paragraphs became one newer one.</summary>
    Merged,
}
