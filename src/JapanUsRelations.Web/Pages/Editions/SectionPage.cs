using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>One section of an edition (<c>/editions/{id}/{section}</c> and its twin), subsections nested.</summary>
/// <param name="Source">The edition (not serialised).</param>
/// <param name="SourceSection">The section (not serialised).</param>
/// <param name="Parent">The parent of a subsection (not serialised).</param>
/// <param name="PreviousEdition">The report edition before (not serialised).</param>
/// <param name="NextEdition">The report edition after (not serialised).</param>
/// <param name="Facts">The facts to mark in its paragraphs (not serialised).</param>
public sealed record SectionPage(
    [property: JsonIgnore] Edition Source,
    [property: JsonIgnore] Section SourceSection,
    [property: JsonIgnore] Section? Parent,
    [property: JsonIgnore] Edition? PreviousEdition,
    [property: JsonIgnore] Edition? NextEdition,
    [property: JsonIgnore] FactBook Facts)
{
    /// <summary>The edition's metadata.</summary>
    [JsonPropertyName("edition")]
    public EditionSummary Summary => new(Source);

    /// <summary>The section.</summary>
    [JsonPropertyName("section")]
    public SectionContent Content => new(Source.Id, SourceSection);

    /// <summary>Slug of the parent section of a subsection, or null.</summary>
    [JsonPropertyName("parent")]
    [JsonPropertyOrder(1)]
    public string? ParentSlug => Parent?.Slug;

    /// <summary>Id of the report edition before, or null.</summary>
    [JsonPropertyOrder(2)]
    public string? Previous => PreviousEdition?.Id;

    /// <summary>Id of the report edition after, or null.</summary>
    [JsonPropertyOrder(3)]
    public string? Next => NextEdition?.Id;
}
