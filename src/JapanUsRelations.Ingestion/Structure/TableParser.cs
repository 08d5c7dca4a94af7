using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>
/// Parses a tab-separated figure table. Row 0 is the header (its first cell, the corner, is empty); trailing empty
/// cells are dropped; a cell beyond the header's width holding words is the units line the scrape glued to the
/// last row ("Goods and Services; U.S. \$ billions"). Bold cells (<c>&lt;b&gt;</c>, <c>**</c>) are recognised.
/// </summary>
public static class TableParser
{
    /// <summary>Parses the table lines; <paramref name="caption"/> and <paramref name="sourceNote"/> are reading text.</summary>
    public static Table Parse(IReadOnlyList<string> lines, string? caption, string? sourceNote)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = lines.Select(SplitRow).ToList();
        int width = rows.Count == 0 ? 0 : rows[0].Count;
        string? units = null;
        var cells = new List<TableCell>();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (int c = 0; c < row.Count; c++)
            {
                string markup = row[c].Trim();
                string text = InlineMarkup.ToText(markup);
                if (c >= width && r > 0 && text.Any(char.IsLetter))
                {
                    units = units is null ? text : units + "; " + text;
                    continue;
                }

                cells.Add(new TableCell(r, c, text, IsHeader: r == 0, IsBold: IsBold(markup)));
            }
        }

        return new Table(caption, units, sourceNote, cells);
    }

    /// <summary>
    /// A table whose cells are known from its markup (HTML <c>tr</c>/<c>td</c>): row 0 is the header; cells are
    /// taken as they stand (no units heuristics: those repair text scrapes only).
    /// </summary>
    public static Table FromCells(IReadOnlyList<IReadOnlyList<string>> rows, string? caption, string? sourceNote)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cells = new List<TableCell>();
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < rows[r].Count; c++)
            {
                string markup = rows[r][c].Trim();
                cells.Add(new TableCell(r, c, InlineMarkup.ToText(markup), IsHeader: r == 0, IsBold: IsBold(markup)));
            }
        }

        return new Table(caption, null, sourceNote, cells);
    }

    private static List<string> SplitRow(string line)
    {
        var cells = line.Split('\t').ToList();
        while (cells.Count > 1 && string.IsNullOrWhiteSpace(cells[^1]))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static bool IsBold(string markup) =>
        (markup.StartsWith("<b>", StringComparison.OrdinalIgnoreCase) && markup.EndsWith("</b>", StringComparison.OrdinalIgnoreCase))
        || (markup.StartsWith("<strong>", StringComparison.OrdinalIgnoreCase) && markup.EndsWith("</strong>", StringComparison.OrdinalIgnoreCase))
        || (markup.Length > 4 && markup.StartsWith("**", StringComparison.Ordinal) && markup.EndsWith("**", StringComparison.Ordinal));
}
