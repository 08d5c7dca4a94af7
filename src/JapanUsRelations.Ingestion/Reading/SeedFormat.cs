namespace JapanUsRelations.Ingestion.Reading;

/// <summary>The shape a seed's text comes in, detected from its content (never from its file name).</summary>
public enum SeedFormat
{
    /// <summary>Plain text: bare heading lines, blank-line paragraphs (or one paragraph a line).</summary>
    Plain,

    /// <summary>Markdown: ATX headings (<c>## Overview</c>), thematic breaks, inline markup.</summary>
    Markdown,
    /// <summary>HTML: a document or fragment of elements (<c>&lt;div&gt;</c>, <c>&lt;p&gt;</c>, <c>&lt;h2&gt;</c>…), as congress.gov publishes products.</summary>
    Html,
}
