namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// A fact stated by an edition: a quantity, rank, date or named role holder, tied to the sentence and paragraph
/// it came from. Owned by the facts stage (Enrichment/Facts).
/// </summary>
public sealed record Fact
{
    /// <summary>Catalogue kind, e.g. <c>us-troops-in-japan</c>; null for a quantity the catalogue does not know.</summary>
    public string? Kind { get; init; }

    /// <summary>Anchor of the block (paragraph or table) the fact came from.</summary>
    public required string BlockAnchor { get; init; }

    /// <summary>The value as written, e.g. "around 60,000"; occurs verbatim in <see cref="Quote"/>.</summary>
    public required string Text { get; init; }

    /// <summary>The whole sentence (or table row) the fact was stated in; occurs verbatim in the block's text.</summary>
    public required string Quote { get; init; }

    /// <summary>Normalised numeric value (60000, 2.35e9, 0.7 for 70%), when numeric.</summary>
    public decimal? Number { get; init; }

    /// <summary>Normalised value as text: the number, or a name for named roles ("Sanae Takaichi").</summary>
    public required string Value { get; init; }

    /// <summary>Unit, e.g. "troops", "USD", "percent", "rank"; null when none.</summary>
    public string? Unit { get; init; }

    /// <summary>Qualifier as written: "around", "over", "roughly", "about"; null when none.</summary>
    public string? Qualifier { get; init; }

    /// <summary>For table facts, the year the figure's data are for; otherwise null.</summary>
    public int? DataYear { get; init; }

    /// <summary>For table facts: row label (e.g. "Japan"); otherwise null.</summary>
    public string? RowLabel { get; init; }

    /// <summary>For table facts: column label (e.g. "U.S. IMPORTS"); otherwise null.</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>Character offset of <see cref="Text"/> within the block's text (lets a page mark the fact in place).</summary>
    public int Offset { get; init; }
}
