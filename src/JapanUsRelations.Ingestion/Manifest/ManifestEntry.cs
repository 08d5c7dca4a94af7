namespace JapanUsRelations.Ingestion.Manifest;

/// <summary>
/// What <c>seeds/manifest.json</c> says about one seed: only the metadata its text lacks. Every field is optional;
/// a seed without an entry is ingested from its text alone.
/// </summary>
public sealed record ManifestEntry
{
    /// <summary>The seed's file name in <c>seeds/</c>.</summary>
    public string File { get; init; } = "";

    /// <summary>Publisher, when the text does not name it.</summary>
    public string? Publisher { get; init; }

    /// <summary>Series, e.g. "CRS In Focus".</summary>
    public string? Series { get; init; }

    /// <summary>Report number, when the text does not print it.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>
    /// The subject this edition shares with editions of other reports (a fact sheet, a summary and an In Focus on the
    /// same relationship): related editions a reader compares across reports. Defaults to the report itself.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>Publication date: "2018", "2018-10", "2018-10-05", or "undated".</summary>
    public string? Published { get; init; }

    /// <summary>Where <see cref="Published"/> comes from, for the reader ("CRS product page").</summary>
    public string? DateNote { get; init; }

    /// <summary>"report" (an edition) or "reference" (listed apart).</summary>
    public string? Kind { get; init; }

    /// <summary>True for government publications.</summary>
    public bool? Government { get; init; }
}
