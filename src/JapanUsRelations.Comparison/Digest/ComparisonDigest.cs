namespace JapanUsRelations.Comparison.Digest;

/// <summary>
/// "What changed", at the top of every comparison: facts whose values differ, sections added, removed and renamed,
/// and the comparison's counts by kind of change (in <see cref="EditionComparison.Summary"/>).
/// </summary>
/// <param name="Facts">Facts whose values differ, in the newer edition's reading order.</param>
/// <param name="Sections">Sections added, removed or renamed, in the comparison's order.</param>
public sealed record ComparisonDigest(IReadOnlyList<FactChange> Facts, IReadOnlyList<SectionChange> Sections);
