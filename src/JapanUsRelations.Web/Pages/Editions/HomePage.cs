using System.Text.Json.Serialization;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>
/// Home (<c>/</c> and <c>/api</c>): the latest report editions on a timeline (at most <see cref="TimelineLength"/>;
/// <c>/editions</c> pages through them all), the reference sources apart, entry points.
/// </summary>
/// <param name="Reports">The latest report editions, oldest first.</param>
/// <param name="References">Reference sources.</param>
/// <param name="Links">The other twins.</param>
/// <param name="TopicNames">The first topics of the taxonomy, named as examples (not serialised).</param>
public sealed record HomePage(
    [property: JsonPropertyName("editions")] IReadOnlyList<EditionSummary> Reports,
    IReadOnlyList<EditionSummary> References,
    HomeLinks Links,
    [property: JsonIgnore] IReadOnlyList<string> TopicNames)
{
    /// <summary>The most report editions the home timeline shows (the latest ones).</summary>
    public const int TimelineLength = 20;

    /// <summary>How many report editions there are in all.</summary>
    public int EditionCount { get; init; }
}
