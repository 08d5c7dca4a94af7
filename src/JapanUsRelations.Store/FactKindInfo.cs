namespace JapanUsRelations.Store;

/// <summary>A fact kind as stored in <c>fact_kind</c> (migration 003).</summary>
/// <param name="Kind">Kind id, e.g. <c>us-troops-in-japan</c>.</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Topic">Slug of the topic the kind speaks of.</param>
/// <param name="ValueType">What kind of value it holds: count, money, rank, name, table cell….</param>
/// <param name="Unit">The unit its values carry; null when none.</param>
/// <param name="Recognised">How the kind is recognised, in words.</param>
public sealed record FactKindInfo(string Kind, string Label, string Topic, FactValueType ValueType, string? Unit, string Recognised)
{
    /// <summary>True for cells of a figure's data table (rows × columns × data year).</summary>
    public bool IsTableCell => ValueType == FactValueType.TableCell;
}
