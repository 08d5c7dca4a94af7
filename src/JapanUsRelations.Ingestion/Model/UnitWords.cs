namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// The words <see cref="Fact.Unit"/> holds for the units the facts stage normalises (a counted noun, "troops", is
/// stored as written). One place for the writer and every reader (the store types them as <c>FactUnit</c>).
/// </summary>
public static class UnitWords
{
    /// <summary>U.S. dollars.</summary>
    public const string Usd = "USD";

    /// <summary>U.S. dollars a year.</summary>
    public const string UsdPerYear = "USD per year";

    /// <summary>A share (0.7 for 70%).</summary>
    public const string Percent = "percent";

    /// <summary>A share written as a fraction ("two-thirds").</summary>
    public const string Fraction = "fraction";

    /// <summary>A place in an order, 1 the top.</summary>
    public const string Rank = "rank";

    /// <summary>An ordinal that is not a rank ("the 70th anniversary").</summary>
    public const string Ordinal = "ordinal";

    /// <summary>A calendar year.</summary>
    public const string Year = "year";

    /// <summary>A span of years.</summary>
    public const string Years = "years";

    /// <summary>A fiscal year.</summary>
    public const string FiscalYear = "fiscal year";

    /// <summary>A decade.</summary>
    public const string Decade = "decade";

    /// <summary>A day.</summary>
    public const string Date = "date";

    /// <summary>A month.</summary>
    public const string Month = "month";

    /// <summary>A person holding a role (named-role kinds).</summary>
    public const string Person = "person";
}
