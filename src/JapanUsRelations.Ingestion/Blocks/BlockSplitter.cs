using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Blocks;

/// <summary>
/// Stage 2, Block: text to raw blocks. Blocks are separated by blank lines. A run of long prose lines with no blank
/// line between them (the encyclopedia article puts one paragraph a line) is split into one block a line; short-line
/// runs (bylines, mastheads, link lists) and tab tables stay together.
/// </summary>
public static class BlockSplitter
{
    /// <summary>A line at least this long is prose, not a label.</summary>
    public const int ProseLineLength = 160;

    /// <summary>Splits the text into raw blocks, in order, each with its source lines.</summary>
    public static IReadOnlyList<RawBlock> Split(SeedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<RawBlock>();
        var current = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(text.Lines[i]))
            {
                Flush(blocks, current, start);
                continue;
            }

            if (current.Count == 0)
            {
                start = i + 1;
            }

            current.Add(text.Lines[i]);
        }

        Flush(blocks, current, start);
        return blocks;
    }

    private static void Flush(List<RawBlock> blocks, List<string> lines, int firstLine)
    {
        if (lines.Count == 0)
        {
            return;
        }

        bool isTable = lines.Count(l => l.Contains('\t', StringComparison.Ordinal)) >= 2;
        bool hasProse = lines.Any(l => l.Length >= ProseLineLength);
        if (!isTable && hasProse && lines.Count > 1)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                blocks.Add(new RawBlock([lines[i]], firstLine + i));
            }
        }
        else
        {
            blocks.Add(new RawBlock([.. lines], firstLine));
        }

        lines.Clear();
    }
}
