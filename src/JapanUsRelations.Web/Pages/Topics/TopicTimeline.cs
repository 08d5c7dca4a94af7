using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A topic through time: the report editions oldest first, and the reference sources apart.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Editions">Every report edition, oldest first (with no passages where it says nothing on the topic).</param>
/// <param name="References">Every undated, non-government reference source; never part of the timeline.</param>
public sealed record TopicTimeline(TopicDefinition Topic, IReadOnlyList<TopicEditionEntry> Editions, IReadOnlyList<TopicEditionEntry> References)
{
    /// <summary>The newest report edition's strongest passage on the topic (the newest edition that has one).</summary>
    public TopicPassage? Latest =>
        Editions.LastOrDefault(e => e.Passages.Count > 0)?.Passages.OrderByDescending(p => p.Score).First();
}
