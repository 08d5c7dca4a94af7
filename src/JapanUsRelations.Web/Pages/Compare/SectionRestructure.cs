namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A section added, removed, renamed, merged or split.</summary>
/// <param name="Change"><c>added</c>, <c>removed</c>, <c>renamed</c>, <c>merged</c> or <c>split</c>.</param>
/// <param name="Section">The section's slug.</param>
/// <param name="LeftHeading">Its heading on the left, or null.</param>
/// <param name="RightHeading">Its heading on the right, or null.</param>
/// <param name="Parts">For a merge or split, the headings of the parts.</param>
public sealed record SectionRestructure(string Change, string Section, string? LeftHeading, string? RightHeading, IReadOnlyList<string> Parts);
