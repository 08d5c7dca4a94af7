using System.Text.Json.Serialization;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>
/// A topic through time (<c>/topics/{slug}?page=N</c> and its twin): passages per report edition, a page of report
/// editions at a time; references apart (on every page); the facts on the topic in this page's editions. Its twin
/// carries the paging fields (over report editions).
/// </summary>
/// <param name="Paging">Where this page stands among the report editions.</param>
/// <param name="Timeline">The topic through this page's editions (not serialised).</param>
/// <param name="Facts">The classified facts on the topic, edition by edition (this page's editions and the references).</param>
/// <param name="Threshold">The least score that puts a passage on a topic by its terms (not serialised).</param>
public sealed record TopicPage(
    Pagination Paging,
    [property: JsonIgnore] TopicTimeline Timeline,
    [property: JsonPropertyOrder(1)] IReadOnlyList<TopicFactEntry> Facts,
    [property: JsonIgnore] double Threshold) : PagedRecord(Paging)
{
    /// <summary>Report editions per page when the URL names no size.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>The most report editions a page shows, whatever size is asked for (a topic can fill 20 KB an edition).</summary>
    public const int MaxPageSize = 10;

    /// <summary>How many report editions, of all, have a passage on the topic.</summary>
    public int EditionsSpeaking { get; init; }

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

    /// <summary>This page's report editions, oldest first.</summary>
    public IReadOnlyList<EditionCoverage> Editions => Timeline.Editions
        .Select(e => new EditionCoverage(e.Edition.Id, EditionDisplay.IsoDate(e.Edition), e.Words, e.Passages.Count, e.WhatChangedUrl)).ToList();

    /// <summary>This page's report editions' passages, oldest first.</summary>
    public IReadOnlyList<PassageEntry> Passages => Timeline.Editions.SelectMany(e => e.Passages).Select(PassageEntry.Of).ToList();

    /// <summary>The reference sources' passages.</summary>
    public IReadOnlyList<PassageEntry> ReferencePassages => Timeline.References.SelectMany(e => e.Passages).Select(PassageEntry.Of).ToList();
}
