namespace JapanUsRelations.Comparison.Tables;

/// <summary>One line of a table's metadata (caption, units, source) compared: both texts and the word operations between them.</summary>
/// <param name="Older">The older text, or null when the older table has none.</param>
/// <param name="Newer">The newer text, or null when the newer table has none.</param>
/// <param name="Operations">Word operations; Equal and Delete rebuild <paramref name="Older"/>, Equal and Insert <paramref name="Newer"/>.</param>
public sealed record TextFieldComparison(string? Older, string? Newer, IReadOnlyList<WordOperation> Operations)
{
    /// <summary>True when the wording differs (typography aside), or the line is only on one side.</summary>
    public bool IsChanged => Operations.Any(o => o.IsChange);
}
