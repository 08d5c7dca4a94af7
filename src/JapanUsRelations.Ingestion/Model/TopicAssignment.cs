namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// A body block's assignment to a topic, with the score and the terms that matched, so a page can say why the
/// passage is there. Owned by the topics stage (Enrichment/Topics).
/// </summary>
/// <param name="Topic">Topic slug from the taxonomy, e.g. <c>okinawa-and-bases</c>.</param>
/// <param name="BlockAnchor">Anchor of the block, e.g. <c>p7</c>.</param>
/// <param name="Score">Classifier score; higher is more on-topic.</param>
/// <param name="Terms">The taxonomy terms that matched, as written in the taxonomy.</param>
public sealed record TopicAssignment(string Topic, string BlockAnchor, double Score, IReadOnlyList<string> Terms);
