namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>A taxonomy term found in a text.</summary>
/// <param name="Topic">The slug of the topic the term signals.</param>
/// <param name="Term">The term as written in the taxonomy.</param>
/// <param name="Weight">The term's weight.</param>
/// <param name="Count">How many times it occurs (occurrences inside a longer term of the same topic do not count).</param>
public sealed record TermHit(string Topic, string Term, double Weight, int Count);
