using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>Reads <see cref="FactValueType"/> from the words the catalogue stores.</summary>
public static class FactValueTypes
{
    /// <summary>"fiscal-year" → <see cref="FactValueType.FiscalYear"/>; an unknown word → <see cref="FactValueType.Other"/>.</summary>
    public static FactValueType Parse(string stored) => stored switch
    {
        ValueTypeWords.Count => FactValueType.Count,
        ValueTypeWords.Money => FactValueType.Money,
        ValueTypeWords.Percent => FactValueType.Percent,
        ValueTypeWords.Fraction => FactValueType.Fraction,
        ValueTypeWords.Rank => FactValueType.Rank,
        ValueTypeWords.Year => FactValueType.Year,
        ValueTypeWords.FiscalYear => FactValueType.FiscalYear,
        ValueTypeWords.YearRange => FactValueType.YearRange,
        ValueTypeWords.Date => FactValueType.Date,
        ValueTypeWords.Month => FactValueType.Month,
        ValueTypeWords.Name => FactValueType.Name,
        ValueTypeWords.TableCell => FactValueType.TableCell,
        _ => FactValueType.Other,
    };

    /// <summary>True for values that are points in time, which a bar chart cannot compare.</summary>
    public static bool IsTime(this FactValueType type) =>
        type is FactValueType.Year or FactValueType.FiscalYear or FactValueType.YearRange or FactValueType.Date or FactValueType.Month;
}
