using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary>One edition on a report's timeline, with how much changed since the report's previous edition.</summary>
/// <param name="Source">The edition (not serialised).</param>
/// <param name="PreviousEdition">The report's edition before it, or null for the first (not serialised).</param>
/// <param name="ChangedShare">Share (0–1) of the text changed since <paramref name="PreviousEdition"/>; null for the first.</param>
public sealed record ReportEditionEntry(
    [property: JsonIgnore] Edition Source,
    [property: JsonIgnore] Edition? PreviousEdition,
    double? ChangedShare)
{
    /// <summary>The edition's metadata.</summary>
    public EditionSummary Edition => new(Source);

    /// <summary>Id of the report's previous edition, or null.</summary>
    public string? Previous => PreviousEdition?.Id;

    /// <summary>The comparison with the previous edition, or null for the first.</summary>
    public string? CompareUrl => PreviousEdition is null ? null : Urls.Compare(PreviousEdition.Id, Source.Id);
}
