using System.Globalization;

namespace JapanUsRelations.Ingestion.Reading;

/// <summary>
/// Stage 1b, Limit: the sizes that bound what parsing one seed costs, checked before any parser sees the text, so
/// every input either ingests or fails clearly in bounded time and memory. Each limit is far above the largest value
/// in the real seeds and the CRS corpus (see <c>docs/security.md</c>, measured by <see cref="Measure"/>); a seed
/// over one gets a <see cref="SeedFormatException"/> naming the file, the line and the limit.
/// </summary>
/// <param name="MaxFileBytes">Largest seed file, in bytes.</param>
/// <param name="MaxLineChars">Longest line, in characters.</param>
/// <param name="MaxNesting">Deepest nesting of quotes, brackets or HTML tags.</param>
/// <param name="MaxEmphasisMarks">Most emphasis marks (<c>*</c>, <c>_</c>, <c>~</c>) in one paragraph.</param>
/// <param name="MaxTableRows">Most rows in one table.</param>
/// <param name="MaxTableCells">Most cells in one table row.</param>
/// <param name="MaxNumbersPerParagraph">Most numbers in one paragraph (bounds the facts found in it).</param>
/// <param name="MaxNumbers">Most numbers in one file.</param>
/// <param name="MaxParagraphs">Most paragraphs in one file.</param>
public sealed record SeedLimits(
    long MaxFileBytes,
    int MaxLineChars,
    int MaxNesting,
    int MaxEmphasisMarks,
    int MaxTableRows,
    int MaxTableCells,
    int MaxNumbersPerParagraph,
    int MaxNumbers,
    int MaxParagraphs)
{
    /// <summary>The product's limits.</summary>
    public static SeedLimits Default { get; } = new(
        MaxFileBytes: 1024 * 1024,
        MaxLineChars: 100_000,
        MaxNesting: 64,
        MaxEmphasisMarks: 400,
        MaxTableRows: 1_000,
        MaxTableCells: 100,
        MaxNumbersPerParagraph: 2_000,
        MaxNumbers: 20_000,
        MaxParagraphs: 10_000);

    private static readonly HashSet<string> UncountedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements, and elements whose end tag HTML lets an author leave out
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option", "optgroup", "rt", "rp",
    };

    /// <summary>Refuses a file larger than <see cref="MaxFileBytes"/> before it is read.</summary>
    public void CheckSize(string fileName, long bytes)
    {
        if (bytes > MaxFileBytes)
        {
            throw Over(fileName, 0, "the file", bytes, "bytes", MaxFileBytes);
        }
    }

    /// <summary>Measures the text and refuses it when any size is over its limit.</summary>
    public SeedMeasure Check(SeedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string name = text.File.FileName;
        CheckSize(name, text.File.Bytes.LongLength);
        var m = Measure(text.Lines, text.File.Bytes.LongLength);
        Refuse(name, m.LongestLineAt, "a line", m.LongestLine, "characters", MaxLineChars);
        Refuse(name, m.DeepestNestingAt, "nesting (quotes, brackets or HTML tags)", m.DeepestNesting, "levels", MaxNesting);
        if (text.Format == SeedFormat.Html)
        {
            // HTML's paragraphs are elements, not blank-line blocks, and its tags hold digits (h2) and marks: the
            // text measures below would count markup. The HTML reader applies the same limits to its elements
            // (CheckTable on each table before its cells are read, CheckBlocks on the blocks it made).
            return m;
        }

        Refuse(name, m.MostEmphasisMarksAt, "a paragraph", m.MostEmphasisMarks, "emphasis marks (*, _, ~)", MaxEmphasisMarks);
        Refuse(name, m.LargestTableRowsAt, "a table", m.LargestTableRows, "rows", MaxTableRows);
        Refuse(name, m.WidestTableRowAt, "a table row", m.WidestTableRow, "cells", MaxTableCells);
        Refuse(name, m.MostNumbersInParagraphAt, "a paragraph", m.MostNumbersInParagraph, "numbers", MaxNumbersPerParagraph);
        Refuse(name, 0, "the file", m.Numbers, "numbers", MaxNumbers);
        Refuse(name, 0, "the file", m.Paragraphs, "paragraphs", MaxParagraphs);
        return m;
    }

    /// <summary>
    /// The table limits for a table the HTML reader found at <paramref name="line"/>, checked before its cells are
    /// read: at most <see cref="MaxTableRows"/> rows and <see cref="MaxTableCells"/> cells in a row.
    /// </summary>
    public void CheckTable(string fileName, int line, int rows, int widestRow)
    {
        Refuse(fileName, line, "a table", rows, "rows", MaxTableRows);
        Refuse(fileName, line, "a table row", widestRow, "cells", MaxTableCells);
    }

    /// <summary>
    /// The paragraph and file limits over the blocks the HTML reader made from a seed's elements, as the text
    /// measures apply them to blank-line paragraphs: emphasis tags (<c>&lt;b&gt;</c>, <c>&lt;i&gt;</c> and their
    /// ends) and numbers in one block, numbers and blocks in the file. Checked before enrichment reads them.
    /// </summary>
    public void CheckBlocks(string fileName, IReadOnlyList<Classification.ClassifiedBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        long numbers = 0;
        foreach (var block in blocks)
        {
            int line = block.Raw.FirstLine;
            if (block.Rows is { Count: > 0 } rows)
            {
                CheckTable(fileName, line, rows.Count, rows.Max(r => r.Count));
            }

            Refuse(fileName, line, "a paragraph", EmphasisTags(block.Markup), "emphasis tags (<b>, <i> and their ends)", MaxEmphasisMarks);
            int blockNumbers = CountNumbers(block.Text);
            Refuse(fileName, line, "a paragraph", blockNumbers, "numbers", MaxNumbersPerParagraph);
            numbers += blockNumbers;
        }

        Refuse(fileName, 0, "the file", numbers, "numbers", MaxNumbers);
        Refuse(fileName, 0, "the file", blocks.Count, "paragraphs", MaxParagraphs);
    }

    /// <summary>Numbers in a text: runs of digits, each counted once (as <see cref="Measure"/> counts them).</summary>
    public static int CountNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        for (int c = 0; c < text.Length; c++)
        {
            if (char.IsAsciiDigit(text[c]) && (c == 0 || !char.IsAsciiDigit(text[c - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static int EmphasisTags(string markup)
    {
        int count = 0;
        foreach (string tag in (ReadOnlySpan<string>)["<b>", "</b>", "<i>", "</i>"])
        {
            for (int at = markup.IndexOf(tag, StringComparison.Ordinal); at >= 0; at = markup.IndexOf(tag, at + tag.Length, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Measures lines in one linear pass (no regular expressions, no parser).</summary>
    public static SeedMeasure Measure(IReadOnlyList<string> lines, long fileBytes)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var best = new Best();
        int tagDepth = 0, bracketDepth = 0;
        int tableRows = 0, tableStart = 0, htmlRowCells = 0, htmlRowAt = 0;
        int paragraphNumbers = 0, paragraphEmphasis = 0, paragraphStart = 0, numbers = 0, paragraphs = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int at = i + 1;
            best.Longest.Offer(line.Length, at);
            if (string.IsNullOrWhiteSpace(line))
            {
                bracketDepth = 0;
                paragraphNumbers = 0;
                paragraphEmphasis = 0;
                tableRows = line.Contains('\t', StringComparison.Ordinal) ? tableRows : 0;
                continue;
            }

            if (i == 0 || string.IsNullOrWhiteSpace(lines[i - 1]))
            {
                paragraphs++;
                paragraphStart = at;
            }

            best.Nesting.Offer(QuoteDepth(line), at);
            int tabs = 0, emphasis = 0, lineNumbers = 0;
            for (int c = 0; c < line.Length; c++)
            {
                char ch = line[c];
                switch (ch)
                {
                    case '\t':
                        tabs++;
                        break;
                    case '*' or '_' or '~':
                        emphasis++;
                        break;
                    case '[' or '(':
                        best.Nesting.Offer(++bracketDepth, at);
                        break;
                    case ']' or ')':
                        bracketDepth = Math.Max(0, bracketDepth - 1);
                        break;
                    case '<':
                        c = Tag(line, c, at, ref tagDepth, ref tableRows, ref tableStart, ref htmlRowCells, ref htmlRowAt, best);
                        break;
                    case >= '0' and <= '9' when c == 0 || !char.IsAsciiDigit(line[c - 1]):
                        lineNumbers++;
                        break;
                }
            }

            paragraphEmphasis += emphasis;
            best.Emphasis.Offer(paragraphEmphasis, paragraphStart);
            if (tabs > 0)
            {
                if (tableRows == 0)
                {
                    tableStart = at;
                }

                best.TableRows.Offer(++tableRows, tableStart);
                best.TableCells.Offer(tabs + 1, at);
            }

            numbers += lineNumbers;
            paragraphNumbers += lineNumbers;
            best.Numbers.Offer(paragraphNumbers, paragraphStart);
        }

        return new SeedMeasure(
            fileBytes, best.Longest.Value, best.Longest.At, best.Nesting.Value, best.Nesting.At, best.Emphasis.Value, best.Emphasis.At,
            best.TableRows.Value, best.TableRows.At, best.TableCells.Value, best.TableCells.At, best.Numbers.Value, best.Numbers.At,
            numbers, paragraphs);
    }

    private static int QuoteDepth(string line)
    {
        int depth = 0;
        foreach (char ch in line)
        {
            if (ch == '>')
            {
                depth++;
            }
            else if (ch is not (' ' or '\t'))
            {
                break;
            }
        }

        return depth;
    }

    // Reads an HTML tag starting at line[start] == '<'; returns the index to continue from.
    private static int Tag(string line, int start, int at, ref int depth, ref int tableRows, ref int tableStart, ref int rowCells, ref int rowAt, Best best)
    {
        int c = start + 1;
        bool closing = c < line.Length && line[c] == '/';
        if (closing)
        {
            c++;
        }

        int nameStart = c;
        while (c < line.Length && char.IsAsciiLetterOrDigit(line[c]))
        {
            c++;
        }

        if (c == nameStart || !char.IsAsciiLetter(line[nameStart]))
        {
            return start;
        }

        int end = line.IndexOf('>', c);
        if (end < 0)
        {
            return start;
        }

        string name = line[nameStart..c];
        bool selfClosing = line[end - 1] == '/';
        if (!closing)
        {
            switch (name.ToLowerInvariant())
            {
                case "table":
                    tableRows = 0;
                    tableStart = at;
                    break;
                case "tr":
                    best.TableRows.Offer(++tableRows, tableStart);
                    rowCells = 0;
                    rowAt = at;
                    break;
                case "td" or "th":
                    best.TableCells.Offer(++rowCells, rowAt);
                    break;
            }
        }

        if (!selfClosing && !UncountedTags.Contains(name))
        {
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            best.Nesting.Offer(depth, at);
        }

        return end;
    }

    private static void Refuse(string file, int line, string what, long value, string unit, long limit)
    {
        if (value > limit)
        {
            throw Over(file, line, what, value, unit, limit);
        }
    }

    private static SeedFormatException Over(string file, int line, string what, long value, string unit, long limit) =>
        new(file, line, string.Create(CultureInfo.InvariantCulture, $"{what} has {value:N0} {unit}; the limit is {limit:N0} (SeedLimits, far above any real report)"));

    private sealed class Best
    {
        public Max Longest { get; } = new();

        public Max Nesting { get; } = new();

        public Max Emphasis { get; } = new();

        public Max TableRows { get; } = new();

        public Max TableCells { get; } = new();

        public Max Numbers { get; } = new();
    }

    private sealed class Max
    {
        public int Value { get; private set; }

        public int At { get; private set; }

        public void Offer(int value, int at)
        {
            if (value > Value)
            {
                Value = value;
                At = at;
            }
        }
    }
}
