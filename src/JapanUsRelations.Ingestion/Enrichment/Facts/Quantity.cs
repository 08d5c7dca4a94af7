namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>A quantity, date or rank found in a sentence, before any fact kind is given to it.</summary>
/// <param name="Type">What sort of value: count, money, percent, fraction, rank, ordinal, year, year-range, decade,
/// fiscal-year, date, month.</param>
/// <param name="Text">The value as written, qualifier included ("around 60,000"); verbatim from the sentence.</param>
/// <param name="Start">Character offset of <paramref name="Text"/> within the sentence.</param>
/// <param name="Number">The normalised number (60000, 2.35e9, 0.7 for 70%, 2027 for FY2027), when there is one.</param>
/// <param name="Value">The normalised value as text: the number, an ISO date ("2018-09-26"), or a range ("0.2-0.3").</param>
/// <param name="Unit">The unit: "USD", "percent", "rank", "year", …, or the counted noun; null when unknown.</param>
/// <param name="Qualifier">The qualifier, lower-cased: "around", "over", "more than", "estimated", "mid", …; null when none.</param>
internal sealed record Quantity(string Type, string Text, int Start, decimal? Number, string Value, string? Unit, string? Qualifier)
{
    /// <summary>Offset just past the value within the sentence.</summary>
    public int End => Start + Text.Length;
}
