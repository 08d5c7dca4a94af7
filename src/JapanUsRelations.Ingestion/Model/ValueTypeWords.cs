namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// The value types of fact kinds and quantities (<c>fact-kinds.json</c> "valueType", column <c>fact_kind.value_type</c>).
/// One place for the catalogue, the recognisers and every reader (the store types them as <c>FactValueType</c>).
/// </summary>
public static class ValueTypeWords
{
    /// <summary>A number of people or things.</summary>
    public const string Count = "count";

    /// <summary>An amount of money.</summary>
    public const string Money = "money";

    /// <summary>A percentage.</summary>
    public const string Percent = "percent";

    /// <summary>A fraction in words.</summary>
    public const string Fraction = "fraction";

    /// <summary>A rank.</summary>
    public const string Rank = "rank";

    /// <summary>An ordinal that is not a rank.</summary>
    public const string Ordinal = "ordinal";

    /// <summary>A calendar year.</summary>
    public const string Year = "year";

    /// <summary>A span of years.</summary>
    public const string YearRange = "year-range";

    /// <summary>A decade.</summary>
    public const string Decade = "decade";

    /// <summary>A fiscal year.</summary>
    public const string FiscalYear = "fiscal-year";

    /// <summary>A day.</summary>
    public const string Date = "date";

    /// <summary>A month.</summary>
    public const string Month = "month";

    /// <summary>A holder's name (named-role kinds).</summary>
    public const string Name = "name";

    /// <summary>A cell of a figure's data table.</summary>
    public const string TableCell = "table-cell";

    /// <summary>Every value type, in catalogue order.</summary>
    public static IReadOnlyList<string> All { get; } = [Count, Money, Percent, Fraction, Rank, Ordinal, Year, YearRange, Decade, FiscalYear, Date, Month, Name, TableCell];
}
