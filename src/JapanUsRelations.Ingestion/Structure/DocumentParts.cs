using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>A seed split into its metadata (title, dateline, masthead, byline, notes) and its body blocks.</summary>
public sealed record DocumentParts
{
    /// <summary>The title block, if the seed has one.</summary>
    public ClassifiedBlock? Title { get; init; }

    /// <summary>The dateline's text ("Updated February 5, 2026"), if any.</summary>
    public string? Dateline { get; init; }

    /// <summary>Source line of the dateline (or of the masthead that holds it); 0 when none.</summary>
    public int DatelineLine { get; init; }

    /// <summary>The masthead's lines, reading text, if any.</summary>
    public IReadOnlyList<string> Masthead { get; init; } = [];

    /// <summary>The byline.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>The report number printed in the text, if any.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>Disclaimers, navigation notes, further-reading lists.</summary>
    public IReadOnlyList<EditionNote> Notes { get; init; } = [];

    /// <summary>Body blocks (headings, paragraphs, tables, captions, source lines, lists), in order.</summary>
    public IReadOnlyList<ClassifiedBlock> Body { get; init; } = [];
}
