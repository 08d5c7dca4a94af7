namespace JapanUsRelations.Comparison.Alignment;

/// <summary>Two paired sections and the scores that paired them.</summary>
internal sealed record SectionPair(SectionInfo Older, SectionInfo Newer, double Score, double? Heading, double? Content)
{
    /// <summary>Subject similarity (Dice of topic sets), when the subject pass paired the sections; otherwise null.</summary>
    public double? Subject { get; init; }
}
