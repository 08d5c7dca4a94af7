using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Inline;

namespace JapanUsRelations.Ingestion.Classification;

/// <summary>A raw block with its role, its markup (heading markers removed) and, for headings, the source level.</summary>
/// <param name="Role">What the block is.</param>
/// <param name="Raw">The source lines.</param>
/// <param name="Markup">The content as written, without ATX markers; for paragraphs the lines joined with LF.</param>
/// <param name="HeadingLevel">ATX level (1-6) for Markdown headings, 0 for bare-line headings and other roles.</param>
public sealed record ClassifiedBlock(BlockRole Role, RawBlock Raw, string Markup, int HeadingLevel = 0)
{
    /// <summary>
    /// For a table read from HTML: each row's cells as inline markup (cells are known from the markup, so no tab
    /// splitting). Null for tab-separated text tables.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }

    /// <summary>True for HTML text that stood bare in a container (a masthead's <c>div</c>), not in a <c>p</c>.</summary>
    public bool FromBareText { get; init; }

    /// <summary>The reading text of <see cref="Markup"/>.</summary>
    public string Text { get; } = InlineMarkup.ToText(Markup);
}
