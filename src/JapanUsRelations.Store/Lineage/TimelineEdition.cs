namespace JapanUsRelations.Store;

/// <summary>An edition as the lineage timeline knows it: row id, URL id, report, date and predecessor.</summary>
internal sealed record TimelineEdition
{
    public long RowId { get; init; }

    public string Id { get; init; } = "";

    public string ReportKey { get; init; } = "";

    public string? Published { get; init; }

    public long? OlderRowId { get; init; }

    public string SourceSha256 { get; init; } = "";

    /// <summary>Share of this edition's text changed since its predecessor (stored at ingestion); null for the first.</summary>
    public double? ChangedShare { get; init; }

    public double? RawChangedShare { get; init; }

    /// <summary>Steps from the first edition on its subject (0 for the first).</summary>
    public int Depth { get; set; }
}
