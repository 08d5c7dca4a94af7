namespace JapanUsRelations.Comparison;

/// <summary>The two sides of a comparison.</summary>
public enum ComparisonSide
{
    /// <summary>The older edition (left column).</summary>
    Older,

    /// <summary>The newer edition (right column).</summary>
    Newer,
}
