namespace JapanUsRelations.Ingestion.Model;

/// <summary>How much of an edition's publication date is known.</summary>
public enum DatePrecision
{
    /// <summary>No date at all (an undated reference source).</summary>
    None,

    /// <summary>Only the year is known, e.g. "2018".</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>The full date, e.g. "February 5, 2026".</summary>
    Day,
}
