namespace JapanUsRelations.Comparison;

/// <summary>What happened to a section between two editions.</summary>
public enum SectionStatus
{
    /// <summary>Paired, same heading, every block unchanged (typography aside).</summary>
    Unchanged,

    /// <summary>Paired, with a renamed heading or at least one changed, added, removed or moved block.</summary>
    Changed,

    /// <summary>Only in the newer edition.</summary>
    Added,

    /// <summary>Only in the older edition.</summary>
    Removed,

    /// <summary>Paired, but out of order relative to the other paired sections.</summary>
    Moved,
}
