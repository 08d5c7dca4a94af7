namespace JapanUsRelations.Store;

/// <summary>Reads <see cref="FactValueType"/> from the words the catalogue stores.</summary>
public static class FactValueTypes
{
    /// <summary>"fiscal-year" → <see cref="FactValueType.FiscalYear"/>; an unknown word → <see cref="FactValueType.Other"/>.</summary>
    public static FactValueType Parse(string stored) => stored switch
    {
        "count" => FactValueType.Count,
        "money" => FactValueType.Money,
        "percent" => FactValueType.Percent,
        "fraction" => FactValueType.Fraction,
        "rank" => FactValueType.Rank,
        "year" => FactValueType.Year,
        "fiscal-year" => FactValueType.FiscalYear,
        "year-range" => FactValueType.YearRange,
        "date" => FactValueType.Date,
        "month" => FactValueType.Month,
        "name" => FactValueType.Name,
        "table-cell" => FactValueType.TableCell,
        _ => FactValueType.Other,
    };

    /// <summary>True for values that are points in time, which a bar chart cannot compare.</summary>
    public static bool IsTime(this FactValueType type) =>
        type is FactValueType.Year or FactValueType.FiscalYear or FactValueType.YearRange or FactValueType.Date or FactValueType.Month;
}
