using System.Text.Json.Serialization;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>Home (<c>/</c> and <c>/api</c>): the report editions on a timeline, the reference sources apart, entry points.</summary>
/// <param name="Reports">Report editions, oldest first.</param>
/// <param name="References">Reference sources.</param>
/// <param name="Links">The other twins.</param>
/// <param name="TopicNames">The first topics of the taxonomy, named as examples (not serialised).</param>
public sealed record HomePage(
    [property: JsonPropertyName("editions")] IReadOnlyList<EditionSummary> Reports,
    IReadOnlyList<EditionSummary> References,
    HomeLinks Links,
    [property: JsonIgnore] IReadOnlyList<string> TopicNames);
