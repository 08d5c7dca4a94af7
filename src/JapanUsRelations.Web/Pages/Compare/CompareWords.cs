using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>The words the comparison twin uses for the engine's enums: lower-case names, sides as left and right.</summary>
public static class CompareWords
{
    /// <summary>"changed", "insert", "unchanged"….</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>"left" for the older side, "right" for the newer.</summary>
    public static string Of(ComparisonSide side) => side == ComparisonSide.Older ? "left" : "right";
}
