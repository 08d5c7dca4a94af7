using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>
/// One report: every edition with the same report key (CRS report number, else title), oldest first. Its title,
/// series and publisher are the latest edition's.
/// </summary>
/// <param name="Key">The report key: "IF10199", or a title slug for an unnumbered report.</param>
/// <param name="Editions">Its editions, oldest first.</param>
public sealed record ReportGroup(string Key, IReadOnlyList<Edition> Editions)
{
    /// <summary>The newest edition.</summary>
    public Edition Latest => Editions[^1];

    /// <summary>The CRS report number, or null for an unnumbered report.</summary>
    public string? Number => Latest.ReportNumber;

    /// <summary>The subject it shares with related reports.</summary>
    public string Subject => Latest.Subject;
}
