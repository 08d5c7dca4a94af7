namespace JapanUsRelations.Store;

/// <summary>One counterpart of a sentence in a linked paragraph of the edition directly before or after it.</summary>
/// <param name="Place">Where the counterpart stands, with its text.</param>
/// <param name="Direction">Earlier (the predecessor edition) or later (a successor edition).</param>
/// <param name="Relation"><see cref="PassageRelation.Same"/> or <see cref="PassageRelation.Reworded"/>, read forwards (older to newer).</param>
/// <param name="Share">Share of words the two have in common, 0–1 (1 when the same).</param>
public sealed record SentenceCounterpart(SentencePlace Place, LinkDirection Direction, PassageRelation Relation, double Share);
