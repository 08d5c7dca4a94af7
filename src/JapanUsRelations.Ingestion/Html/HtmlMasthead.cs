using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;

namespace JapanUsRelations.Ingestion.Html;

/// <summary>
/// The masthead of an HTML product: before its first heading, a title block and a dateline ("Updated September 21,
/// 2026" — or only the date, on a first edition), with the report number "(IF10292)" after it on the same line or on
/// one of its own. The title is the first block when it stands bare (not in a <c>p</c>), is an <c>h1</c>, or is
/// followed by the dateline; else the page's <c>title</c> element.
/// </summary>
internal static class HtmlMasthead
{
    /// <summary>How many leading blocks may belong to the masthead.</summary>
    private const int Reach = 6;

    public static IReadOnlyList<ClassifiedBlock> Classify(List<ClassifiedBlock> blocks, string? pageTitle)
    {
        int reach = Math.Min(blocks.Count, Reach);
        int firstHeading = blocks.FindIndex(b => b.Role == BlockRole.Heading && b.HeadingLevel > 1);
        if (firstHeading >= 0)
        {
            reach = Math.Min(reach, firstHeading);
        }

        int dateline = -1;
        for (int i = 0; i < reach; i++)
        {
            string text = blocks[i].Text;
            if (LinePatterns.Dateline().IsMatch(text))
            {
                blocks[i] = blocks[i] with { Role = BlockRole.Dateline };
                dateline = dateline < 0 ? i : dateline;
            }
            else if (LinePatterns.ReportNumber().IsMatch(text))
            {
                blocks[i] = blocks[i] with { Role = BlockRole.ReportNumber };
            }
        }

        int title = blocks.FindIndex(0, reach, b => b.Role is BlockRole.Paragraph or BlockRole.Heading);
        if (title >= 0 && IsTitle(blocks[title], title, dateline))
        {
            blocks[title] = blocks[title] with { Role = BlockRole.Title };
        }
        else if (!string.IsNullOrWhiteSpace(pageTitle))
        {
            string markup = string.Join(' ', pageTitle.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            blocks.Insert(0, new ClassifiedBlock(BlockRole.Title, new RawBlock([markup], 1), markup));
        }

        return blocks;
    }

    private static bool IsTitle(ClassifiedBlock block, int index, int dateline) =>
        block.Text.Length <= 300
        && (block.FromBareText || (block.Role == BlockRole.Heading && block.HeadingLevel == 1) || (dateline >= 0 && index < dateline));
}
