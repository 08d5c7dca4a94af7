using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>One section with its paragraphs, tables, lists and subsections, as the twins give it.</summary>
/// <param name="EditionId">The edition's id (not serialised).</param>
/// <param name="Source">The section (not serialised).</param>
/// <param name="Passages">Its paragraphs' histories by anchor, subsections' included (not serialised), or null where none are shown.</param>
public sealed record SectionContent(
    [property: JsonIgnore] string EditionId,
    [property: JsonIgnore] Section Source,
    [property: JsonIgnore] IReadOnlyDictionary<string, Shared.PassageHistory>? Passages = null)
{
    /// <summary>Slug, unique in the edition.</summary>
    public string Slug => Source.Slug;

    /// <summary>Heading as printed; null for an untitled lead.</summary>
    public string? Heading => Source.Heading;

    /// <summary>1 for top-level sections.</summary>
    public int Level => Source.Level;

    /// <summary>Headings from the top, " › "-separated.</summary>
    public string Path => Source.Path;

    /// <summary>True for a run-in head made a subsection.</summary>
    public bool IsRunIn => Source.IsRunIn;

    /// <summary>The section's page.</summary>
    public string Url => Urls.Section(EditionId, Source.Slug);

    /// <summary>Its paragraphs, in reading order.</summary>
    public IReadOnlyList<ParagraphEntry> Paragraphs => Source.Blocks.Where(b => b.Kind == BlockKind.Paragraph)
        .Select(b => new ParagraphEntry(b.Anchor, b.Text, b.Html, BlockUrl(b), [b.FirstLine, b.LastLine], Passages?.GetValueOrDefault(b.Anchor))).ToList();

    /// <summary>Its tables.</summary>
    public IReadOnlyList<TableEntry> Tables => Source.Blocks.Where(b => b.Table is not null)
        .Select(b => new TableEntry(
            b.Anchor, b.Table!.Caption, b.Table.Units, b.Table.SourceNote, b.Table.RowTexts(),
            b.Table.Cells.Where(c => c.IsBold).Select(c => (IReadOnlyList<int>)[c.Row, c.Column]).ToList(), BlockUrl(b)))
        .ToList();

    /// <summary>Its lists.</summary>
    public IReadOnlyList<ListEntry> Lists => Source.Blocks.Where(b => b.Kind == BlockKind.List).Select(b => new ListEntry(b.Anchor, b.Items, BlockUrl(b))).ToList();

    /// <summary>Its subsections.</summary>
    public IReadOnlyList<SectionContent> Sections => Source.Children.Select(c => new SectionContent(EditionId, c, Passages)).ToList();

    private string BlockUrl(Block block) => Urls.Block(EditionId, Source.Slug, block.Anchor);
}
