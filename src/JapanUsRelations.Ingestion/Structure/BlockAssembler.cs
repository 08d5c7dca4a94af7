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
            if (item.Role == BlockRole.Caption && i + 1 < items.Count && items[i + 1].Role is BlockRole.Table or BlockRole.Figure)
            {
                continue; // taken with the table or figure
            }

            if (item.Role is BlockRole.Table or BlockRole.Figure)
            {
                var caption = i > 0 && items[i - 1].Role == BlockRole.Caption ? items[i - 1] : null;
                var (source, notes, taken) = TakeTrailingLines(items, i + 1);
                blocks.Add(item.Role == BlockRole.Table ? TableBlock(item, caption, source, notes, state) : FigureBlock(item, caption, source, notes, state));
                i += taken;
                continue;
            }

            blocks.Add(item.Role == BlockRole.List ? ListBlock(item, state) : ParagraphBlock(item, state));
        }

        return blocks;
    }

    /// <summary>The source line and note lines printed right under a table or figure (in either order).</summary>
    private static (ClassifiedBlock? Source, List<ClassifiedBlock> Notes, int Taken) TakeTrailingLines(IReadOnlyList<ClassifiedBlock> items, int from)
    {
        ClassifiedBlock? source = null;
        var notes = new List<ClassifiedBlock>();
        int j = from;
        while (j < items.Count && ((items[j].Role == BlockRole.SourceLine && source is null) || items[j].Role == BlockRole.NoteLine))
        {
            if (items[j].Role == BlockRole.SourceLine)
            {
                source = items[j];
            }
            else
            {
                notes.Add(items[j]);
            }

            j++;
        }

        return (source, notes, j - from);
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

    private static Block TableBlock(ClassifiedBlock item, ClassifiedBlock? caption, ClassifiedBlock? source, List<ClassifiedBlock> notes, NumberingState state)
    {
        var table = (item.Rows is { } rows
            ? TableParser.FromCells(rows, caption?.Text, source?.Text)
            : TableParser.Parse(item.Raw.Lines, caption?.Text, source?.Text)) with { Notes = notes.Select(n => n.Text).ToList() };
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

        lines.AddRange(table.Notes);
        return new Block
        {
            Kind = BlockKind.Table, Anchor = Anchor('t', ++state.Tables), Ordinal = ++state.Blocks,
            Text = string.Join('\n', lines), Markup = JoinMarkup(item, caption, source, notes), Html = caption is null ? "" : InlineMarkup.ToHtml(caption.Markup),
            FirstLine = (caption ?? item).Raw.FirstLine, LastLine = LastOf(item, source, notes).Raw.LastLine, Table = table,
        };
    }

    /// <summary>A figure: the image itself is not reproduced; its caption, source and notes are the source's words.</summary>
    private static Block FigureBlock(ClassifiedBlock item, ClassifiedBlock? caption, ClassifiedBlock? source, List<ClassifiedBlock> notes, NumberingState state)
    {
        var figure = new Table(caption?.Text, null, source?.Text, []) { Notes = notes.Select(n => n.Text).ToList() };
        var lines = new[] { figure.Caption, figure.SourceNote }.Where(l => l is not null).Cast<string>().Concat(figure.Notes);
        return new Block
        {
            Kind = BlockKind.Figure, Anchor = Anchor('f', ++state.Figures), Ordinal = ++state.Blocks,
            Text = string.Join('\n', lines), Markup = JoinMarkup(item, caption, source, notes), Html = caption is null ? "" : InlineMarkup.ToHtml(caption.Markup),
            FirstLine = (caption ?? item).Raw.FirstLine, LastLine = LastOf(item, source, notes).Raw.LastLine, Table = figure,
        };
    }

    private static string JoinMarkup(ClassifiedBlock item, ClassifiedBlock? caption, ClassifiedBlock? source, List<ClassifiedBlock> notes) =>
        string.Join("\n\n", new[] { caption?.Markup, item.Markup, source?.Markup }.Concat(notes.Select(n => n.Markup)).Where(m => !string.IsNullOrEmpty(m)));

    private static ClassifiedBlock LastOf(ClassifiedBlock item, ClassifiedBlock? source, List<ClassifiedBlock> notes) =>
        new[] { item, source }.Concat(notes).Where(b => b is not null).Cast<ClassifiedBlock>().MaxBy(b => b.Raw.LastLine)!;

    private static string Anchor(char prefix, int number) => prefix + number.ToString(CultureInfo.InvariantCulture);
}
