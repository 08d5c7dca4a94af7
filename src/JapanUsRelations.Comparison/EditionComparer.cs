using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison;

/// <summary>
/// Compares two editions: pairs their sections, aligns their paragraphs (in place, moved, split, merged), and diffs
/// each aligned pair word by word. The whole public entry point of the comparison engine.
/// </summary>
public static class EditionComparer
{
    /// <summary>Compares <paramref name="older"/> (left) with <paramref name="newer"/> (right).</summary>
    /// <param name="older">The edition shown on the left.</param>
    /// <param name="newer">The edition shown on the right; sections come in its reading order.</param>
    /// <param name="options">Thresholds; <see cref="ComparisonOptions.Default"/> when null.</param>
    public static EditionComparison Compare(Edition older, Edition newer, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        options ??= ComparisonOptions.Default;
        options.Validate();
        older = Findings.Ensure(older);
        newer = Findings.Ensure(newer);

        var olderSide = new EditionSide(older);
        var newerSide = new EditionSide(newer);
        var sectionPairs = SectionAligner.Pair(olderSide, newerSide, options.SectionPairThreshold);
        var entries = BlockAligner.Align(olderSide, newerSide, sectionPairs, options);
        var slots = SlotPlanner.Plan(olderSide, newerSide, sectionPairs, entries);
        return ComparisonAssembler.Assemble(older, newer, newerSide, slots);
    }
}
