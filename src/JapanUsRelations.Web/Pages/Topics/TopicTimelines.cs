using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>Lines a topic's passages up through a window of report editions (oldest first), the reference sources apart.</summary>
public static class TopicTimelines
{
    /// <summary>
    /// The topic through <paramref name="window"/> (a page of the report editions), the first compared with
    /// <paramref name="before"/>, the report edition before the window (null at the start).
    /// </summary>
    public static TopicTimeline Of(ReadStore store, TopicDefinition topic, IReadOnlyList<Edition> window, Edition? before)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(window);
        var entries = new List<TopicEditionEntry>();
        var speaking = store.Topics.EditionsSpeakingTo(topic.Slug);
        var previous = before;
        foreach (var edition in window)
        {
            var own = speaking.Contains(edition.Id) ? store.Topics.Passages(topic.Slug, edition) : [];
            string? section = own.OrderByDescending(p => p.Score).FirstOrDefault()?.Section.Slug;
            entries.Add(new TopicEditionEntry(edition, own, previous, previous is null ? null : Urls.Compare(previous.Id, edition.Id, section)));
            previous = edition;
        }

        var references = store.Editions.References.Select(r => new TopicEditionEntry(r, store.Topics.Passages(topic.Slug, r), null, null)).ToList();
        return new TopicTimeline(topic, entries, references, Latest(store, topic));
    }

    /// <summary>The newest report edition's strongest passage on the topic, or null when no report edition speaks to it.</summary>
    public static TopicPassage? Latest(ReadStore store, TopicDefinition topic)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(topic);
        var speaking = store.Topics.EditionsSpeakingTo(topic.Slug);
        var newest = store.Editions.Reports.LastOrDefault(e => speaking.Contains(e.Id));
        return newest is null ? null : store.Topics.Passages(topic.Slug, newest).OrderByDescending(p => p.Score).FirstOrDefault();
    }

    /// <summary>How many report editions have a passage on the topic.</summary>
    public static int ReportEditionsSpeaking(ReadStore store, TopicDefinition topic)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(topic);
        var speaking = store.Topics.EditionsSpeakingTo(topic.Slug);
        return store.Editions.Reports.Count(e => speaking.Contains(e.Id));
    }
}
