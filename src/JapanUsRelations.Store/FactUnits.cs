namespace JapanUsRelations.Store;

/// <summary>Reads <see cref="FactUnit"/> from the words the facts stage stores.</summary>
public static class FactUnits
{
    /// <summary>"USD per year" → <see cref="FactUnit.UsdPerYear"/>; any other noun → <see cref="FactUnit.Counted"/>.</summary>
    public static FactUnit Parse(string? stored) => stored switch
    {
        null or "" => FactUnit.None,
        "USD" => FactUnit.Usd,
        "USD per year" => FactUnit.UsdPerYear,
        "percent" => FactUnit.Percent,
        "fraction" => FactUnit.Fraction,
        "rank" => FactUnit.Rank,
        "year" => FactUnit.Year,
        "fiscal year" => FactUnit.FiscalYear,
        "decade" => FactUnit.Decade,
        "person" => FactUnit.Person,
        _ => FactUnit.Counted,
    };
}
