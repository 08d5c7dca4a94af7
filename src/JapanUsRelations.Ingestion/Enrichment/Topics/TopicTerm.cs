namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>A word or phrase that signals a topic, with how strongly (3: alone enough; 2: strong; 1: supporting).</summary>
/// <param name="Phrase">The term as written in the taxonomy, e.g. "host nation support".</param>
/// <param name="Weight">Points the term adds to a passage's score for its topic, per occurrence (up to three).</param>
public sealed record TopicTerm(string Phrase, double Weight);
