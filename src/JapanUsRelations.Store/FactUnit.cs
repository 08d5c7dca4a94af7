namespace JapanUsRelations.Store;

/// <summary>
/// The unit of a fact's value (column <c>fact.unit</c>), as the facts stage writes it (Enrichment/Facts): the units
/// pages format specially, and <see cref="Counted"/> for a counted noun ("troops", "Marines"), shown as written.
/// </summary>
public enum FactUnit
{
    /// <summary>No unit.</summary>
    None,

    /// <summary>A counted noun: "troops", "deals"….</summary>
    Counted,

    /// <summary>U.S. dollars (<c>USD</c>).</summary>
    Usd,

    /// <summary>U.S. dollars a year (<c>USD per year</c>).</summary>
    UsdPerYear,

    /// <summary>A share, 0–1 (<c>percent</c>).</summary>
    Percent,

    /// <summary>A share written as a fraction (<c>fraction</c>).</summary>
    Fraction,

    /// <summary>A place in an order (<c>rank</c>).</summary>
    Rank,

    /// <summary>A calendar year (<c>year</c>).</summary>
    Year,

    /// <summary>A fiscal year (<c>fiscal year</c>).</summary>
    FiscalYear,

    /// <summary>A decade (<c>decade</c>).</summary>
    Decade,

    /// <summary>A person holding a role (<c>person</c>).</summary>
    Person,
}
