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
/// <param name="Passages">Its paragraphs' histories by anchor, subsections' included (not serialised; each paragraph gives its own).</param>
/// <param name="Forward">Where this section stands in the newest edition, when this edition is older (see <see cref="Latest"/>).</param>
public sealed record SectionPage(
    [property: JsonIgnore] Edition Source,
    [property: JsonIgnore] Section SourceSection,
    [property: JsonIgnore] Section? Parent,
    [property: JsonIgnore] Edition? PreviousEdition,
    [property: JsonIgnore] Edition? NextEdition,
    [property: JsonIgnore] FactBook Facts,
    [property: JsonIgnore] IReadOnlyDictionary<string, PassageHistory> Passages,
    [property: JsonIgnore] ForwardNotice? Forward)
{
    /// <summary>The edition's metadata.</summary>
    [JsonPropertyName("edition")]
    public EditionSummary Summary => new(Source);

    /// <summary>The section.</summary>
    [JsonPropertyName("section")]
    public SectionContent Content => new(Source.Id, SourceSection, Passages);

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

    /// <summary>The section's state in the newest edition of its report, when this edition is older; null on the newest.</summary>
    [JsonPropertyOrder(4)]
    public ForwardNotice? Latest => Forward;

    /// <summary>The section's history through every edition on its subject.</summary>
    [JsonPropertyOrder(5)]
    public string History => Infrastructure.Urls.SectionHistory(Source.Id, SourceSection.Slug);
}
