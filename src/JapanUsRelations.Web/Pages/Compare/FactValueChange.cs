namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A fact whose value differs between the two editions ("U.S. troops: over 50,000 → around 60,000").</summary>
/// <param name="Kind">The fact kind.</param>
/// <param name="Label">What the fact speaks of.</param>
/// <param name="Left">The value as the left edition writes it.</param>
/// <param name="Right">The value as the right edition writes it.</param>
/// <param name="LeftUrl">The left sentence's paragraph.</param>
/// <param name="RightUrl">The right sentence's paragraph.</param>
public sealed record FactValueChange(string Kind, string Label, string Left, string Right, string LeftUrl, string RightUrl);
