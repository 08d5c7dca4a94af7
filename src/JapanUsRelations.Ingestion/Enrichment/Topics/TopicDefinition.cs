namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>One topic of the taxonomy: what readers follow through the editions, and the terms that signal it.</summary>
/// <param name="Slug">URL id, e.g. <c>okinawa-and-bases</c>; stable (other features refer to it).</param>
/// <param name="Name">Display name, e.g. "Okinawa and the bases".</param>
/// <param name="Description">One line saying what belongs to the topic.</param>
/// <param name="Terms">The signalling terms, in taxonomy order.</param>
public sealed record TopicDefinition(string Slug, string Name, string Description, IReadOnlyList<TopicTerm> Terms);
