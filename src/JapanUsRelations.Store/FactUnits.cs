using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>Reads <see cref="FactUnit"/> from the words the facts stage stores.</summary>
public static class FactUnits
{
    /// <summary>"USD per year" → <see cref="FactUnit.UsdPerYear"/>; any other noun → <see cref="FactUnit.Counted"/>.</summary>
    public static FactUnit Parse(string? stored) => stored switch
    {
        null or "" => FactUnit.None,
        UnitWords.Usd => FactUnit.Usd,
        UnitWords.UsdPerYear => FactUnit.UsdPerYear,
        UnitWords.Percent => FactUnit.Percent,
        UnitWords.Fraction => FactUnit.Fraction,
        UnitWords.Rank => FactUnit.Rank,
        UnitWords.Year => FactUnit.Year,
        UnitWords.FiscalYear => FactUnit.FiscalYear,
        UnitWords.Decade => FactUnit.Decade,
        UnitWords.Person => FactUnit.Person,
        _ => FactUnit.Counted,
    };
}
