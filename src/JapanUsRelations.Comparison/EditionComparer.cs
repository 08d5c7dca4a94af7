using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Tables;
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
        return Compare(older, new EditionSide(older), newer, new EditionSide(newer), options);
    }

    /// <summary>
    /// Compares each pair of <paramref name="pairs"/> and hands each comparison to <paramref name="result"/> with its
    /// index (from several threads; each comparison is dropped after the call, so memory stays flat). Pairs are taken
    /// in contiguous runs, one run per worker, and an edition prepared for one pair is reused by the next pair of its
    /// run: a chain of successive editions (each pair's newer edition the next pair's older one) prepares each
    /// edition once, and section scores of bags the previous pair scored are taken from it (<see cref="EditionChainComparer"/>).
    /// The comparisons are those <see cref="Compare(Edition, Edition, ComparisonOptions?)"/> gives.
    /// </summary>
    /// <param name="pairs">The (older, newer) pairs.</param>
    /// <param name="result">Called once per pair with its index and comparison.</param>
    /// <param name="options">Thresholds; <see cref="ComparisonOptions.Default"/> when null.</param>
    /// <param name="workers">How many threads compare at once (at least 1); the number of cores when null.</param>
    public static void CompareEach(IReadOnlyList<(Edition Older, Edition Newer)> pairs, Action<int, EditionComparison> result, ComparisonOptions? options = null, int? workers = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(result);
        options ??= ComparisonOptions.Default;
        options.Validate();
        int runs = Math.Clamp(workers ?? Environment.ProcessorCount, 1, Math.Max(1, pairs.Count));
        int size = (pairs.Count + runs - 1) / Math.Max(1, runs);
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = runs }, run =>
        {
            var chain = new EditionChainComparer(options);
            for (int i = run * size; i < Math.Min(pairs.Count, (run + 1) * size); i++)
            {
                var (older, newer) = pairs[i];
                result(i, chain.Compare(older, newer));
            }
        });
    }

    internal static EditionComparison Compare(Edition older, EditionSide olderSide, Edition newer, EditionSide newerSide, ComparisonOptions options, DiceMemo? memo = null, TableMemo? tables = null)
    {
        var sectionPairs = SectionAligner.Pair(olderSide, newerSide, options.SectionPairThreshold, memo);
        var entries = BlockAligner.Align(olderSide, newerSide, sectionPairs, options);
        var slots = SlotPlanner.Plan(olderSide, newerSide, sectionPairs, entries);
        return ComparisonAssembler.Assemble(older, newer, olderSide, newerSide, slots, tables);
    }
}
