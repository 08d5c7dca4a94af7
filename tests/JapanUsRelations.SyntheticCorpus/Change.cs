namespace JapanUsRelations.SyntheticCorpus;

/// <summary>One change a generated edition made, with what it touched, so tests can look for it in the ingested edition.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Before">The text before (a sentence, a number, a heading), or null.</param>
/// <param name="After">The text after, or null.</param>
public sealed record Change(ChangeKind Kind, string? Before, string? After);
