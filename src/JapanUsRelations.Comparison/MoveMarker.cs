namespace JapanUsRelations.Comparison;

/// <summary>
/// The place a moved (or split, or merged) older block left: shown in the older column where it stood, linking to
/// where the block went.
/// </summary>
/// <param name="From">Where the block stood in the older edition.</param>
/// <param name="To">Where it is in the newer edition.</param>
/// <param name="Position">Index in the section's <see cref="SectionComparison.Blocks"/> before which the marker stands.</param>
public sealed record MoveMarker(BlockPlace From, BlockPlace To, int Position);
