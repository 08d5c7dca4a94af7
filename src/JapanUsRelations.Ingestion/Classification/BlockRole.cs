namespace JapanUsRelations.Ingestion.Classification;

/// <summary>What a raw block is, decided by <see cref="BlockClassifier"/>.</summary>
public enum BlockRole
{
    /// <summary>The document's title (the first heading-like line before any paragraph).</summary>
    Title,

    /// <summary>A dateline: "Updated February 5, 2026", "March 11, 2016".</summary>
    Dateline,

    /// <summary>A masthead of short lines holding a date: "Bureau of …" / "Fact Sheet" / "March 11, 2016".</summary>
    Masthead,

    /// <summary>A section heading (ATX or a bare line).</summary>
    Heading,

    /// <summary>A body paragraph.</summary>
    Paragraph,

    /// <summary>A tab-separated figure table.</summary>
    Table,

    /// <summary>A figure caption: "Figure 1. Top U.S. Trade Partners, 2024".</summary>
    Caption,

    /// <summary>A figure's source line: "Source: CRS; data from …".</summary>
    SourceLine,

    /// <summary>Byline lines: "Name, Title".</summary>
    Byline,

    /// <summary>A report number on a line of its own: "IF10199".</summary>
    ReportNumber,

    /// <summary>A thematic break (<c>---</c>).</summary>
    Rule,

    /// <summary>The "Disclaimer" heading; the paragraphs after it are the disclaimer.</summary>
    DisclaimerHeading,

    /// <summary>A run of short lines without sentence punctuation: a list.</summary>
    List,

    /// <summary>A note line under a table or figure: "Note: …", "Notes: …".</summary>
    NoteLine,

    /// <summary>An image in the source (HTML <c>img</c>): the place of a figure the product does not reproduce.</summary>
    Figure,
}
