namespace JapanUsRelations.Comparison.Alignment;

/// <summary>Two paired sections and the scores that paired them.</summary>
internal sealed record SectionPair(SectionInfo Older, SectionInfo Newer, double Score, double? Heading, double? Content);
