using AngleSharp.Dom;
using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Html;

/// <summary>
/// HTML tables, in the three layouts CRS products use them for:
/// <list type="bullet">
/// <item>a figure laid out as a one-column table: a "Figure N." caption cell, an image cell, and "Source:"/"Note:"
/// lines; its cells are read as blocks, so caption, image and lines join into one figure downstream;</item>
/// <item>a text box: a table of one cell holding paragraphs; read as those paragraphs;</item>
/// <item>a data table: rows of cells; a leading one-cell row that reads as a caption and trailing one-cell rows
/// that read as source or note lines are taken out of the grid, as is a <c>caption</c> element.</item>
/// </list>
/// Rows of tables nested inside a cell belong to that cell, never to the outer grid.
/// </summary>
internal static class HtmlTableReader
{
    /// <summary>Most cells one table may hold; a larger one is an error naming the line.</summary>
    public const int MaxCells = 20_000;

    public static void Read(IElement table, HtmlBlockReader.Walker walker, int depth)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => ReferenceEquals(r.Closest("table"), table)).ToList();
        var cells = rows.Select(r => r.Children.Where(c => c.LocalName is "td" or "th").ToList()).ToList();
        if (cells.Sum(r => r.Count) > MaxCells)
        {
            throw new SeedFormatException(walker.FileName, HtmlSource.LineOf(table), $"a table of more than {MaxCells:N0} cells");
        }

        SeedLimits.Default.CheckTable(walker.FileName, HtmlSource.LineOf(table), cells.Count, cells.Count == 0 ? 0 : cells.Max(r => r.Count));

        if (cells.Count == 0 || HtmlInline.HasImage(table) || cells.All(r => r.Count <= 1))
        {
            // Figure or text box: the cells hold blocks.
            foreach (var cell in cells.SelectMany(r => r))
            {
                walker.Walk(cell, depth + 1);
            }

            if (cells.Count == 0)
            {
                walker.Walk(table, depth + 1);
            }

            return;
        }

        if (table.QuerySelector("caption") is { } caption && ReferenceEquals(caption.Closest("table"), table))
        {
            walker.Paragraph(caption);
        }

        var grid = cells.Select(r => (IReadOnlyList<string>)r.Select(c => HtmlInline.ToMarkup(c, walker.FileName)).ToList()).ToList();
        int first = 0;
        while (first < grid.Count && grid[first].Count == 1 && LinePatterns.Caption().IsMatch(Text(grid[first][0])))
        {
            walker.Paragraph(cells[first][0]);
            first++;
        }

        int last = grid.Count;
        while (last > first && grid[last - 1].Count == 1 && IsTrailingLine(Text(grid[last - 1][0])))
        {
            last--;
        }

        var body = grid.Skip(first).Take(last - first).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (body.Count > 0)
        {
            var lines = body.Select(r => string.Join('\t', r)).ToList();
            walker.Add(new ClassifiedBlock(BlockRole.Table, new RawBlock(lines, HtmlSource.LineOf(rows[first])), string.Join('\n', lines)) { Rows = body });
        }

        for (int r = last; r < grid.Count; r++)
        {
            walker.Paragraph(cells[r][0]);
        }
    }

    private static bool IsTrailingLine(string text) => LinePatterns.SourceLine().IsMatch(text) || LinePatterns.NoteLine().IsMatch(text);

    private static string Text(string markup) => Inline.InlineMarkup.ToText(markup);
}
