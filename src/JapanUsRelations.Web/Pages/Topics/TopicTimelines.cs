using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>Lines a topic's passages up through the report editions (oldest first), the reference sources apart.</summary>
public static class TopicTimelines
{
    /// <summary>The topic through time, from the store's editions and passages.</summary>
    public static TopicTimeline Of(ReadStore store, TopicDefinition topic)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(topic);
        var entries = new List<TopicEditionEntry>();
        Edition? previous = null;
        foreach (var edition in store.Editions.Reports)
        {
            var own = store.Topics.Passages(topic.Slug, edition);
            string? section = own.OrderByDescending(p => p.Score).FirstOrDefault()?.Section.Slug;
            entries.Add(new TopicEditionEntry(edition, own, previous, previous is null ? null : Urls.Compare(previous.Id, edition.Id, section)));
            previous = edition;
        }

        var references = store.Editions.References.Select(r => new TopicEditionEntry(r, store.Topics.Passages(topic.Slug, r), null, null)).ToList();
        return new TopicTimeline(topic, entries, references);
    }
}
