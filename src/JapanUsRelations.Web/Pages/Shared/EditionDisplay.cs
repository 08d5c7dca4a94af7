using System.Globalization;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>How an edition's date and name are written for readers.</summary>
public static class EditionDisplay
{
    /// <summary>What the site calls a section that has no heading in the source: its untitled lead.</summary>
    public const string UntitledLead = "Introduction";

    /// <summary>A section's heading, or <see cref="UntitledLead"/> for the untitled lead (citations describe it instead: see <c>CitedWork</c>).</summary>
    public static string SectionName(string? heading) => heading ?? UntitledLead;

    /// <summary>"February 5, 2026", "2018", or "Undated". Where several editions on a subject are named together (histories), <see cref="EditionNames"/> tells them apart.</summary>
    public static string Date(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.Published is not { } d ? "Undated" : edition.DatePrecision switch
        {
            DatePrecision.Day => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>ISO form to the known precision: "2026-02-05", "2018"; null when undated.</summary>
    public static string? IsoDate(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.Published is not { } d ? null : edition.DatePrecision switch
        {
            DatePrecision.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A short label for lists and columns: "2026-02-05 · CRS In Focus".</summary>
    public static string Label(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.Kind == EditionKind.Reference ? $"{edition.Title} (reference, undated)" : $"{Date(edition)} — {edition.Series ?? edition.Publisher}";
    }
}
