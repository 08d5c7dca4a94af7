using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;
using JapanUsRelations.Web.Pages.Facts;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>The JSON shapes of <c>/api/topics</c> and <c>/api/topics/{slug}</c>, built from the model the pages show.</summary>
public static class TopicJson
{
    /// <summary>A topic with its coverage: words and passages per report edition (oldest first), references apart.</summary>
    public static object Summary(TopicTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new
        {
            slug = timeline.Topic.Slug,
            name = timeline.Topic.Name,
            description = timeline.Topic.Description,
            url = Urls.Topic(timeline.Topic.Slug),
            coverage = timeline.Editions.Select(Coverage),
            referenceCoverage = timeline.References.Select(Coverage),
        };
    }

    /// <summary>A topic through time: its passages in report editions (oldest first), reference passages apart, its facts.</summary>
    public static object Full(TopicTimeline timeline, FactCatalog facts)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(facts);
        return new
        {
            slug = timeline.Topic.Slug,
            name = timeline.Topic.Name,
            description = timeline.Topic.Description,
            url = Urls.Topic(timeline.Topic.Slug),
            terms = timeline.Topic.Terms.Select(t => new { term = t.Phrase, weight = t.Weight }),
            latest = timeline.Latest?.Url,
            editions = timeline.Editions.Select(e => new
            {
                edition = e.Edition.Id,
                published = EditionDisplay.IsoDate(e.Edition),
                words = e.Words,
                passages = e.Passages.Count,
                whatChanged = e.WhatChangedUrl,
            }),
            passages = timeline.Editions.SelectMany(e => e.Passages).Select(Passage),
            referencePassages = timeline.References.SelectMany(e => e.Passages).Select(Passage),
            facts = timeline.Editions.Concat(timeline.References)
                .SelectMany(e => facts.ForTopic(timeline.Topic.Slug, e.Edition.Id))
                .Select(f => new { edition = f.Edition.Id, kind = f.Fact.Kind, label = facts.Find(f.Fact.Kind!)?.Label, text = f.Fact.Text, quote = f.Fact.Quote, url = f.Url }),
        };
    }

    private static object Coverage(TopicEditionEntry entry) => new
    {
        edition = entry.Edition.Id,
        published = EditionDisplay.IsoDate(entry.Edition),
        kind = entry.Edition.Kind.ToString().ToLowerInvariant(),
        words = entry.Words,
        passages = entry.Passages.Count,
    };

    private static object Passage(TopicPassage passage) => new
    {
        edition = passage.Edition.Id,
        kind = passage.Edition.Kind.ToString().ToLowerInvariant(),
        section = passage.Section.Slug,
        heading = passage.Section.Heading,
        anchor = passage.Block.Anchor,
        url = passage.Url,
        score = passage.Score,
        share = Math.Round(passage.Share, 3),
        terms = passage.Terms,
        text = passage.Block.Text,
    };
}
