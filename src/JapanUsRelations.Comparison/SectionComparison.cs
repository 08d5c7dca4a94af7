namespace JapanUsRelations.Comparison;

/// <summary>
/// One aligned section: the older and newer section (either may be null), why they were paired, and their blocks in
/// the newer edition's reading order with removed blocks where they stood.
/// </summary>
public sealed record SectionComparison
{
    /// <summary>The older section, or null when added.</summary>
    public SectionSide? Older { get; init; }

    /// <summary>The newer section, or null when removed.</summary>
    public SectionSide? Newer { get; init; }

    /// <summary>What happened to the section.</summary>
    public required SectionStatus Status { get; init; }

    /// <summary>The pairing score (see docs/comparison.md); 0 for unpaired sections.</summary>
    public required double Similarity { get; init; }

    /// <summary>Heading similarity (word Dice), or null when not used (one side untitled).</summary>
    public double? HeadingSimilarity { get; init; }

    /// <summary>Content similarity (word-bag Dice of the sections' own blocks), or null when both are empty.</summary>
    public double? ContentSimilarity { get; init; }

    /// <summary>Subject similarity (Dice of the sections' topics), when the sections were paired by subject; otherwise null.</summary>
    public double? SubjectSimilarity { get; init; }

    /// <summary>The aligned blocks.</summary>
    public required IReadOnlyList<BlockComparison> Blocks { get; init; }

    /// <summary>Older blocks of this section that moved elsewhere, with where they went.</summary>
    public IReadOnlyList<MoveMarker> MovedAway { get; init; } = [];

    /// <summary>Counts for this section's own blocks.</summary>
    public required ChangeSummary Summary { get; init; }

    /// <summary>Counts for this section and every subsection below it (the roll-up a heading-only parent shows).</summary>
    public ChangeSummary Total { get; init; } = new();

    /// <summary>True when a subsection below changed, was added or removed, even though this section's own text did not.</summary>
    public bool ChangedBelow { get; init; }

    /// <summary>The section's level: 1 for top-level sections, 2 for subsections.</summary>
    public int Level => Newer?.Level ?? Older!.Level;

    /// <summary>The slug the section is known by in URLs: the newer slug, else the older one.</summary>
    public string Slug => Newer?.Slug ?? Older!.Slug;
}
