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

    /// <summary>A newer section holding paragraphs of two or more older sections.</summary>
    Merged,

    /// <summary>An older section whose paragraphs went to two or more newer sections.</summary>
    Split,
}
