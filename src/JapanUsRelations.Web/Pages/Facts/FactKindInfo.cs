namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>A fact kind as stored in <c>fact_kind</c>.</summary>
public sealed record FactKindInfo(string Kind, string Label, string Topic, string ValueType, string? Unit, string Recognised)
{
    /// <summary>True for the Figure 1 trade cells.</summary>
    public bool IsTableCell => ValueType == "table-cell";
}
