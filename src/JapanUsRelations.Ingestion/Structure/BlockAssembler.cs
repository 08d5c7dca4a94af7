using System.Globalization;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>
/// Turns a section's classified blocks into model blocks: paragraphs, tables (a caption before and a source line
/// after a tab table join it) and lists, each with its anchor (<c>p3</c>, <c>t1</c>, <c>l1</c>) in edition order.
/// A caption or source line with no table beside it stays a paragraph: nothing is dropped.
/// </summary>
internal static class BlockAssembler
{
    public static IReadOnlyList<Block> Assemble(IReadOnlyList<ClassifiedBlock> items, NumberingState state)
    {
        var blocks = new List<Block>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Role == BlockRole.Caption && i + 1 < items.Count && items[i + 1].Role == BlockRole.Table)
            {
                continue; // taken with the table
            }

            if (item.Role == BlockRole.Table)
            {
                var caption = i > 0 && items[i - 1].Role == BlockRole.Caption ? items[i - 1] : null;
                var source = i + 1 < items.Count && items[i + 1].Role == BlockRole.SourceLine ? items[i + 1] : null;
                blocks.Add(TableBlock(item, caption, source, state));
                i += source is null ? 0 : 1;
                continue;
            }

            blocks.Add(item.Role == BlockRole.List ? ListBlock(item, state) : ParagraphBlock(item, state));
        }

        return blocks;
    }

    private static Block ParagraphBlock(ClassifiedBlock item, NumberingState state)
    {
        string markup = item.Markup.Trim();
        string html = InlineMarkup.ToHtml(markup);
        return new Block
        {
            Kind = BlockKind.Paragraph, Anchor = Anchor('p', ++state.Paragraphs), Ordinal = ++state.Blocks,
            Text = InlineMarkup.HtmlToText(html), Markup = markup, Html = html,
            FirstLine = item.Raw.FirstLine, LastLine = item.Raw.LastLine,
        };
    }

    private static Block ListBlock(ClassifiedBlock item, NumberingState state)
    {
        var items = item.Raw.Lines.Select(l => InlineMarkup.ToText(l.Trim())).ToList();
        return new Block
        {
            Kind = BlockKind.List, Anchor = Anchor('l', ++state.Lists), Ordinal = ++state.Blocks,
            Text = string.Join('\n', items), Markup = item.Markup, Html = string.Join("<br>", item.Raw.Lines.Select(l => InlineMarkup.ToHtml(l.Trim()))),
            FirstLine = item.Raw.FirstLine, LastLine = item.Raw.LastLine, Items = items,
        };
    }

    private static Block TableBlock(ClassifiedBlock item, ClassifiedBlock? caption, ClassifiedBlock? source, NumberingState state)
    {
        var table = TableParser.Parse(item.Raw.Lines, caption?.Text, source?.Text);
        var lines = new List<string>();
        if (table.Caption is not null)
        {
            lines.Add(table.Caption);
        }

        lines.AddRange(table.RowTexts().Select(r => string.Join('\t', r)));
        if (table.Units is not null)
        {
            lines.Add(table.Units);
        }

        if (table.SourceNote is not null)
        {
            lines.Add(table.SourceNote);
        }

        var markup = new[] { caption?.Markup, item.Markup, source?.Markup }.Where(m => m is not null);
        return new Block
        {
            Kind = BlockKind.Table, Anchor = Anchor('t', ++state.Tables), Ordinal = ++state.Blocks,
            Text = string.Join('\n', lines), Markup = string.Join("\n\n", markup), Html = caption is null ? "" : InlineMarkup.ToHtml(caption.Markup),
            FirstLine = (caption ?? item).Raw.FirstLine, LastLine = (source ?? item).Raw.LastLine, Table = table,
        };
    }

    private static string Anchor(char prefix, int number) => prefix + number.ToString(CultureInfo.InvariantCulture);
}
