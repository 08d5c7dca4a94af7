using System.Text.Json.Serialization;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A topic through time (<c>/topics/{slug}</c> and its twin): passages per report edition, references apart, its facts.</summary>
/// <param name="Timeline">The topic through time (not serialised).</param>
/// <param name="Facts">The classified facts on the topic, edition by edition.</param>
/// <param name="Threshold">The least score that puts a passage on a topic by its terms (not serialised).</param>
public sealed record TopicPage([property: JsonIgnore] TopicTimeline Timeline, [property: JsonPropertyOrder(1)] IReadOnlyList<TopicFactEntry> Facts, [property: JsonIgnore] double Threshold)
{
    /// <summary>The topic's slug.</summary>
    public string Slug => Timeline.Topic.Slug;

    /// <summary>Its name.</summary>
    public string Name => Timeline.Topic.Name;

    /// <summary>What belongs to it.</summary>
    public string Description => Timeline.Topic.Description;

    /// <summary>Its page.</summary>
    public string Url => Urls.Topic(Timeline.Topic.Slug);

    /// <summary>The terms that signal it.</summary>
    public IReadOnlyList<TermEntry> Terms => Timeline.Topic.Terms.Select(t => new TermEntry(t.Phrase, t.Weight)).ToList();

    /// <summary>The newest edition's strongest passage's permalink, or null.</summary>
    public string? Latest => Timeline.Latest?.Url;

    /// <summary>Every report edition, oldest first.</summary>
    public IReadOnlyList<EditionCoverage> Editions => Timeline.Editions
        .Select(e => new EditionCoverage(e.Edition.Id, EditionDisplay.IsoDate(e.Edition), e.Words, e.Passages.Count, e.WhatChangedUrl)).ToList();

    /// <summary>The report editions' passages, oldest first.</summary>
    public IReadOnlyList<PassageEntry> Passages => Timeline.Editions.SelectMany(e => e.Passages).Select(PassageEntry.Of).ToList();

    /// <summary>The reference sources' passages.</summary>
    public IReadOnlyList<PassageEntry> ReferencePassages => Timeline.References.SelectMany(e => e.Passages).Select(PassageEntry.Of).ToList();
}
