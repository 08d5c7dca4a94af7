namespace JapanUsRelations.Ingestion.Tests.Facts;

/// <summary>One fact of the hand-made list: what a reader of the seed finds, written down without running the code.</summary>
public sealed record HandFact(string Edition, string Kind, string Text, string Value, string? Unit, string? Qualifier)
{
    public override string ToString() => $"{Edition} {Kind} \"{Text}\"";
}
