namespace JapanUsRelations.Ingestion.Model;

/// <summary>What a source is to the reader: an edition of the report, or a reference text beside them.</summary>
public enum EditionKind
{
    /// <summary>A dated government edition (State Department fact sheet, CRS summary, CRS In Focus).</summary>
    Report,

    /// <summary>An undated, non-government text (the encyclopedia article): listed apart, never on the timeline.</summary>
    Reference,
}
