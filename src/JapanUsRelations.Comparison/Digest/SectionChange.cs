namespace JapanUsRelations.Comparison.Digest;

/// <summary>A section added, removed, renamed, merged or split between the two editions.</summary>
/// <param name="Kind">Added, removed or renamed.</param>
/// <param name="Slug">The section's slug in the comparison (the newer slug, else the older one).</param>
/// <param name="OlderHeading">The older heading, or null.</param>
/// <param name="NewerHeading">The newer heading, or null.</param>
public sealed record SectionChange(SectionChangeKind Kind, string Slug, string? OlderHeading, string? NewerHeading)
{
    /// <summary>For a merge, the older sections merged; for a split, the newer sections it went to (slugs, in order).</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}
