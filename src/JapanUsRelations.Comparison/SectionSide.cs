namespace JapanUsRelations.Comparison;

/// <summary>One side of a section pair.</summary>
/// <param name="Slug">The section's slug.</param>
/// <param name="Heading">The heading, or null for an untitled lead section.</param>
/// <param name="Level">1 for top-level sections, 2 for subsections.</param>
public sealed record SectionSide(string Slug, string? Heading, int Level);
