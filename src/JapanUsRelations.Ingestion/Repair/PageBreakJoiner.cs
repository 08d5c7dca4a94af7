using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;

namespace JapanUsRelations.Ingestion.Repair;

/// <summary>
/// Stage 4a, Repair: joins a paragraph cut in two by a page break. The first part ends mid-sentence (a letter, digit,
/// comma or hyphen) and the second starts in lower case ("reconsidered the" / "country's approach…"). The parts are
/// joined with one space, as the printed text reads; the repair is recorded with both parts' lines.
/// </summary>
public static class PageBreakJoiner
{
    /// <summary>Joins every page-break split in the blocks.</summary>
    public static RepairResult Join(IReadOnlyList<ClassifiedBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<ClassifiedBlock>(blocks.Count);
        var repairs = new List<Model.Repair>();
        foreach (var block in blocks)
        {
            if (result.Count > 0 && IsContinuation(result[^1], block))
            {
                var first = result[^1];
                var lines = first.Raw.Lines.Concat(Enumerable.Repeat("", block.Raw.FirstLine - first.Raw.LastLine - 1)).Concat(block.Raw.Lines).ToList();
                result[^1] = new ClassifiedBlock(BlockRole.Paragraph, new RawBlock(lines, first.Raw.FirstLine), first.Markup.TrimEnd() + " " + block.Markup.TrimStart());
                repairs.Add(new Model.Repair(
                    "page-break-join",
                    $"Paragraph split by a page break rejoined: \"…{Tail(first.Text)}\" + \"{Head(block.Text)}…\"",
                    first.Raw.FirstLine,
                    block.Raw.LastLine));
                continue;
            }

            result.Add(block);
        }

        return new RepairResult(result, repairs);
    }

    /// <summary>True when <paramref name="next"/> continues the sentence <paramref name="previous"/> leaves open.</summary>
    public static bool IsContinuation(ClassifiedBlock previous, ClassifiedBlock next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        if (previous.Role != BlockRole.Paragraph || next.Role is not (BlockRole.Paragraph or BlockRole.Heading))
        {
            return false;
        }

        string a = previous.Text;
        string b = next.Text;
        return a.Length > 0 && b.Length > 0
            && (char.IsLetterOrDigit(a[^1]) || a[^1] is ',' or '-' or '’' or '\'')
            && char.IsLower(b[0]);
    }

    private static string Tail(string text) => text.Length <= 30 ? text : text[^30..];

    private static string Head(string text) => text.Length <= 30 ? text : text[..30];
}
