namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// One piece of body content: a paragraph, a table or a list. <see cref="Text"/> is what the reader reads (markup
/// removed, words untouched); <see cref="Markup"/> is the source exactly as written; <see cref="Html"/> is the
/// allow-listed rendering of the markup that pages show.
/// </summary>
public sealed record Block
{
    /// <summary>Paragraph, table or list.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>Stable anchor within the edition: <c>p1</c>…, <c>t1</c>…, <c>l1</c>… in document order.</summary>
    public required string Anchor { get; init; }

    /// <summary>1-based position among all blocks of the edition, in reading order.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Plain text as the reader reads it (for a table: caption, cells and notes, one row a line).</summary>
    public required string Text { get; init; }

    /// <summary>The source's text as written, inline markup included (<c>\$</c>, <c>**</c>, <c>&lt;sup&gt;</c>).</summary>
    public required string Markup { get; init; }

    /// <summary>Sanitised HTML of the markup: only an allow-list of inline tags survives; nothing is live.</summary>
    public required string Html { get; init; }

    /// <summary>First source line (1-based).</summary>
    public required int FirstLine { get; init; }

    /// <summary>Last source line (1-based); differs from <see cref="FirstLine"/> for joined paragraphs and tables.</summary>
    public required int LastLine { get; init; }

    /// <summary>The table, for <see cref="BlockKind.Table"/>.</summary>
    public Table? Table { get; init; }

    /// <summary>The items, for <see cref="BlockKind.List"/>.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
}
