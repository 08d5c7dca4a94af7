namespace JapanUsRelations.Comparison;

/// <summary>
/// One word-level operation. The older side of a block pair is the concatenation of its Equal and Delete texts, the
/// newer side of its Equal and Insert texts, exactly, character for character.
/// </summary>
/// <param name="Kind">Equal, Insert, Delete or Break.</param>
/// <param name="Text">The text (empty for a Break).</param>
/// <param name="IsTypographyOnly">
/// For Insert/Delete: the pair differs only in typography (quotes, dashes, spacing, <c>\$</c>); not counted as a
/// change unless the reader asks to see typography.
/// </param>
/// <param name="Side">For a Break: the side whose paragraph ends here; otherwise null.</param>
public sealed record WordOperation(WordOperationKind Kind, string Text, bool IsTypographyOnly = false, ComparisonSide? Side = null)
{
    /// <summary>True for an insertion or deletion that is a real change (not typography only).</summary>
    public bool IsChange => Kind is WordOperationKind.Insert or WordOperationKind.Delete && !IsTypographyOnly;
}
