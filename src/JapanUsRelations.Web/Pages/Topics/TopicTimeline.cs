using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A topic through a window of report editions (oldest first), and the reference sources apart.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Editions">The window's report editions, oldest first (with no passages where one says nothing on the topic).</param>
/// <param name="References">Every undated, non-government reference source; never part of the timeline.</param>
/// <param name="Latest">The newest report edition's strongest passage on the topic (the newest edition that has one), or null.</param>
public sealed record TopicTimeline(TopicDefinition Topic, IReadOnlyList<TopicEditionEntry> Editions, IReadOnlyList<TopicEditionEntry> References, TopicPassage? Latest);
