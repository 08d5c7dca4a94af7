using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>An edition's metadata as every twin lists it (<c>/api/editions</c>, the sides of a comparison, …).</summary>
/// <param name="Source">The edition (for the page; not serialised).</param>
public sealed record EditionSummary([property: JsonIgnore] Edition Source)
{
    /// <summary>URL id.</summary>
    public string Id => Source.Id;

    /// <summary>Title as printed.</summary>
    public string Title => Source.Title;

    /// <summary>Publisher.</summary>
    public string Publisher => Source.Publisher;

    /// <summary>Series, or null.</summary>
    public string? Series => Source.Series;

    /// <summary>Report number, or null.</summary>
    public string? ReportNumber => Source.ReportNumber;

    /// <summary>The report this is an edition of: its number, or a title slug for an unnumbered report.</summary>
    public string Report => Source.ReportKey;

    /// <summary>The report's page, with every edition of it.</summary>
    public string? ReportUrl => Source.Kind == EditionKind.Report ? Urls.Report(Source.ReportKey) : null;

    /// <summary>ISO date to the known precision ("2026-02-05", "2018"); null when undated.</summary>
    public string? Published => EditionDisplay.IsoDate(Source);

    /// <summary><c>day</c>, <c>month</c>, <c>year</c> or <c>none</c>.</summary>
    public string DatePrecision => Source.DatePrecision.ToString().ToLowerInvariant();

    /// <summary>True when the date was inferred rather than stated.</summary>
    public bool DateInferred => Source.DateInferred;

    /// <summary>Where the date came from, in words.</summary>
    public string DateSource => Source.DateSource;

    /// <summary><c>report</c> or <c>reference</c>.</summary>
    public string Kind => Source.Kind.ToString().ToLowerInvariant();

    /// <summary>True for government publications.</summary>
    public bool IsGovernment => Source.IsGovernment;

    /// <summary>The byline, in order.</summary>
    public IReadOnlyList<AuthorEntry> Authors => Source.Authors.Select(a => new AuthorEntry(a.Name, a.Role)).ToList();

    /// <summary>The seed file within <c>seeds/</c>.</summary>
    public string SourceFile => Source.SourceFile;

    /// <summary>SHA-256 of the seed's bytes.</summary>
    public string SourceSha256 => Source.SourceSha256;

    /// <summary>The edition's page.</summary>
    public string Url => Urls.Edition(Source.Id);
}
