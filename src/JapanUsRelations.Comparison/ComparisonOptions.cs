namespace JapanUsRelations.Comparison;

/// <summary>
/// The thresholds of the alignment, each a similarity between 0 and 1 (see docs/comparison.md). The defaults are
/// what the site uses; tests and benchmarks may tighten or loosen them.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>The options the site uses.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Least section score (heading and content) for two sections to be paired.</summary>
    public double SectionPairThreshold { get; init; } = 0.35;

    /// <summary>Least similarity for two blocks in the same place (paired sections, same order) to be "changed".</summary>
    public double ChangeThreshold { get; init; } = 0.15;

    /// <summary>Least similarity for a block found elsewhere (another section, or out of order) to be "moved".</summary>
    public double MoveThreshold { get; init; } = 0.4;

    /// <summary>Least similarity of one block with two neighbours joined for a split (or merge).</summary>
    public double SplitThreshold { get; init; } = 0.4;

    /// <summary>How much better the joined neighbours must match than the best one alone for a split (or merge).</summary>
    public double SplitGain { get; init; } = 0.1;

    internal void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(SectionPairThreshold), SectionPairThreshold), (nameof(ChangeThreshold), ChangeThreshold),
            (nameof(MoveThreshold), MoveThreshold), (nameof(SplitThreshold), SplitThreshold), (nameof(SplitGain), SplitGain),
        })
        {
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                throw new ArgumentOutOfRangeException(name, value, "must be between 0 and 1");
            }
        }
    }
}
