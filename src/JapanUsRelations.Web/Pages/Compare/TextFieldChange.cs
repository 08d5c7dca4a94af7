namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A table's caption, units or source line on both sides, and its word operations.</summary>
/// <param name="Left">The left text, or null.</param>
/// <param name="Right">The right text, or null.</param>
/// <param name="Changed">True when they differ.</param>
/// <param name="Operations">The word operations from left to right.</param>
public sealed record TextFieldChange(string? Left, string? Right, bool Changed, IReadOnlyList<OperationEntry> Operations)
{
    /// <summary>The engine's field comparison as the twin writes it.</summary>
    public static TextFieldChange Of(Comparison.Tables.TextFieldComparison field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new TextFieldChange(field.Older, field.Newer, field.IsChanged,
            field.Operations.Select(o => new OperationEntry(CompareWords.Of(o.Kind), o.Text, o.IsTypographyOnly, o.Side is { } side ? CompareWords.Of(side) : null)).ToList());
    }
}
