using System.Text.Json.Serialization;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A topic with its coverage: words and passages per report edition (oldest first), references apart.</summary>
/// <param name="Timeline">The topic through time (not serialised).</param>
public sealed record TopicSummary([property: JsonIgnore] TopicTimeline Timeline)
{
    /// <summary>The topic's slug.</summary>
    public string Slug => Timeline.Topic.Slug;

    /// <summary>Its name.</summary>
    public string Name => Timeline.Topic.Name;

    /// <summary>What belongs to it.</summary>
    public string Description => Timeline.Topic.Description;

    /// <summary>Its page.</summary>
    public string Url => Urls.Topic(Timeline.Topic.Slug);

    /// <summary>Coverage per report edition, oldest first.</summary>
    public IReadOnlyList<CoverageEntry> Coverage => Timeline.Editions.Select(CoverageEntry.Of).ToList();

    /// <summary>Coverage per reference source.</summary>
    public IReadOnlyList<CoverageEntry> ReferenceCoverage => Timeline.References.Select(CoverageEntry.Of).ToList();
}
