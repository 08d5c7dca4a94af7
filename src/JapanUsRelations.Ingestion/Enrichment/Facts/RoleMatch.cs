namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>A named role holder found in a sentence ("Prime Minister Shinzo Abe").</summary>
/// <param name="Kind">The catalogue's name kind, e.g. <c>prime-minister</c>.</param>
/// <param name="Text">The words as written, title included; verbatim from the sentence.</param>
/// <param name="Start">Offset of <paramref name="Text"/> within the sentence.</param>
/// <param name="Name">The holder's name as written, e.g. "Shinzo Abe".</param>
/// <param name="Qualifier">"then" (a former holder) or "current"; null when none.</param>
internal sealed record RoleMatch(FactKind Kind, string Text, int Start, string Name, string? Qualifier)
{
    /// <summary>True for a former holder ("then-prime minister …").</summary>
    public bool IsFormer => string.Equals(Qualifier, "then", StringComparison.Ordinal);
}
