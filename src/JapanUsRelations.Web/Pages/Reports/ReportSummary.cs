using System.Text.Json.Serialization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Reports;

/// <summary>A report as lists show it: number, latest title, series, publisher, how many editions, first and latest.</summary>
/// <param name="Source">The report (not serialised).</param>
public sealed record ReportSummary([property: JsonIgnore] ReportGroup Source)
{
    /// <summary>The report key: its CRS number ("IF10199"), or a title slug for an unnumbered report.</summary>
    public string Key => Source.Key;

    /// <summary>The CRS report number, or null.</summary>
    public string? Number => Source.Number;

    /// <summary>The latest edition's title.</summary>
    public string Title => Source.Latest.Title;

    /// <summary>The latest edition's series ("CRS In Focus"), or null.</summary>
    public string? Series => Source.Latest.Series;

    /// <summary>The latest edition's publisher.</summary>
    public string Publisher => Source.Latest.Publisher;

    /// <summary>The subject it shares with related reports.</summary>
    public string Subject => Source.Subject;

    /// <summary>How many editions it has.</summary>
    public int EditionCount => Source.Editions.Count;

    /// <summary>Date of the first edition (ISO, to its precision), or null.</summary>
    public string? First => EditionDisplay.IsoDate(Source.Editions[0]);

    /// <summary>Date of the latest edition (ISO, to its precision), or null.</summary>
    public string? Latest => EditionDisplay.IsoDate(Source.Latest);

    /// <summary>Id of the latest edition.</summary>
    public string LatestEdition => Source.Latest.Id;

    /// <summary>The report's page.</summary>
    public string Url => Urls.Report(Source.Key);
}
