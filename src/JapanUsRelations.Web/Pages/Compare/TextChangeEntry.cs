namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>One change within an entry, with its kind (number or date, name, sentences added or removed, rewording, typography).</summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="Left">The left words.</param>
/// <param name="Right">The right words.</param>
public sealed record TextChangeEntry(string Kind, string Left, string Right);
