namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>How strongly a passage signals one topic, and the terms that made the score.</summary>
/// <param name="Topic">Topic slug.</param>
/// <param name="Score">Sum of the matched terms' weighted contributions.</param>
/// <param name="Terms">Matched terms, strongest first; a term found only in a heading is marked " (heading)".</param>
public sealed record TopicScore(string Topic, double Score, IReadOnlyList<string> Terms);
