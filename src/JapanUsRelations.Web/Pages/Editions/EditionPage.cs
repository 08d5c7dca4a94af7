using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A whole edition (<c>/editions/{id}</c> and its twin): metadata, notes, repairs, the section tree, its neighbours.</summary>
/// <param name="Source">The edition (not serialised).</param>
/// <param name="PreviousEdition">The report edition before it on the timeline (not serialised).</param>
/// <param name="NextEdition">The report edition after it (not serialised).</param>
/// <param name="ChangedShare">Share (0–1) of its text changed since <paramref name="PreviousEdition"/>; null for the first.</param>
/// <param name="Facts">The facts to mark in its paragraphs (not serialised).</param>
public sealed record EditionPage(
    [property: JsonIgnore] Edition Source,
    [property: JsonIgnore] Edition? PreviousEdition,
    [property: JsonIgnore] Edition? NextEdition,
    [property: JsonPropertyOrder(1)] double? ChangedShare,
    [property: JsonIgnore] FactBook Facts)
{
    /// <summary>The edition's metadata.</summary>
    [JsonPropertyName("edition")]
    public EditionSummary Summary => new(Source);

    /// <summary>Disclaimers, navigation notes, further reading.</summary>
    public IReadOnlyList<NoteEntry> Notes => Source.Notes.Select(n => new NoteEntry(n.Kind, n.Text, n.Items, n.SourceLine)).ToList();

    /// <summary>Structure repairs made while reading the source.</summary>
    public IReadOnlyList<RepairEntry> Repairs => Source.Repairs.Select(r => new RepairEntry(r.Kind, r.Detail, r.FirstLine, r.LastLine)).ToList();

    /// <summary>The top-level sections with everything in them.</summary>
    public IReadOnlyList<SectionContent> Sections => Source.Sections.Select(s => new SectionContent(Source.Id, s)).ToList();

    /// <summary>Id of the report edition before this one, or null.</summary>
    public string? Previous => PreviousEdition?.Id;

    /// <summary>Id of the report edition after this one, or null.</summary>
    public string? Next => NextEdition?.Id;
}
