namespace JapanUsRelations.Comparison.Digest;

/// <summary>What happened to a section as a whole.</summary>
public enum SectionChangeKind
{
    /// <summary>Only in the newer edition.</summary>
    Added,

    /// <summary>Only in the older edition.</summary>
    Removed,

    /// <summary>Paired, under a different heading.</summary>
    Renamed,
}
