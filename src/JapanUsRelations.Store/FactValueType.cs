namespace JapanUsRelations.Store;

/// <summary>What kind of value a fact kind holds (column <c>fact_kind.value_type</c>).</summary>
public enum FactValueType
{
    /// <summary>A value type this build does not know (a newer catalogue); shown as written.</summary>
    Other,

    /// <summary>A number of people or things (<c>count</c>).</summary>
    Count,

    /// <summary>An amount of money (<c>money</c>).</summary>
    Money,

    /// <summary>A percentage (<c>percent</c>).</summary>
    Percent,

    /// <summary>A fraction written in words, "two-thirds" (<c>fraction</c>).</summary>
    Fraction,

    /// <summary>A place in an order, 1 the top (<c>rank</c>).</summary>
    Rank,

    /// <summary>A calendar year (<c>year</c>).</summary>
    Year,

    /// <summary>A fiscal year (<c>fiscal-year</c>).</summary>
    FiscalYear,

    /// <summary>A span of years (<c>year-range</c>).</summary>
    YearRange,

    /// <summary>A day (<c>date</c>).</summary>
    Date,

    /// <summary>A month (<c>month</c>).</summary>
    Month,

    /// <summary>A holder's name (<c>name</c>).</summary>
    Name,

    /// <summary>A cell of a figure's data table (<c>table-cell</c>).</summary>
    TableCell,
}
