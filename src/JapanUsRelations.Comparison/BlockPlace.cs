namespace JapanUsRelations.Comparison;

/// <summary>Where a block stands in its edition: its section's slug and its anchor (<c>p3</c>, <c>t1</c>).</summary>
/// <param name="SectionSlug">Slug of the section that holds the block.</param>
/// <param name="Anchor">The block's anchor.</param>
public sealed record BlockPlace(string SectionSlug, string Anchor);
