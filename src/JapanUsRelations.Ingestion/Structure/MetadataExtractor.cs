using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>
/// Stage 5a, Structure: takes the title, dateline, masthead, byline, report number, disclaimer and "More
/// information…" notes out of the block stream, so that they become edition metadata and never body sections.
/// </summary>
public static class MetadataExtractor
{
    private const string MoreInformation = "More information about";

    /// <summary>Splits classified blocks into metadata and body.</summary>
    public static DocumentParts Extract(IReadOnlyList<ClassifiedBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ClassifiedBlock? title = null;
        string? dateline = null;
        int datelineLine = 0;
        string? reportNumber = null;
        var masthead = new List<string>();
        var authors = new List<Author>();
        var notes = new List<EditionNote>();
        var body = new List<ClassifiedBlock>();
        bool inDisclaimer = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Role)
            {
                case BlockRole.Title:
                    title ??= block;
                    break;
                case BlockRole.Dateline:
                    if (dateline is null)
                    {
                        dateline = block.Text;
                        datelineLine = block.Raw.FirstLine;
                        reportNumber ??= NumberIn(dateline);
                    }

                    break;
                case BlockRole.Masthead:
                    title = TakeMasthead(block, title, masthead, ref dateline, ref datelineLine, ref reportNumber);
                    break;
                case BlockRole.Byline:
                    foreach (string line in block.Raw.Lines)
                    {
                        authors.Add(ParseAuthor(line, authors.Count + 1));
                    }

                    break;
                case BlockRole.ReportNumber:
                    reportNumber ??= LinePatterns.ReportNumber().Match(block.Text) is { Success: true } number ? number.Groups["number"].Value : block.Text;
                    break;
                case BlockRole.Rule:
                    break;
                case BlockRole.DisclaimerHeading:
                    inDisclaimer = true;
                    break;
                case BlockRole.Heading:
                    inDisclaimer = false;
                    body.Add(block);
                    break;
                case BlockRole.Paragraph when inDisclaimer:
                    notes.Add(new EditionNote("disclaimer", block.Text, [], block.Raw.FirstLine));
                    break;
                case BlockRole.Paragraph when block.Text.StartsWith(MoreInformation, StringComparison.Ordinal):
                    if (i + 1 < blocks.Count && blocks[i + 1].Role == BlockRole.List)
                    {
                        var items = blocks[i + 1].Raw.Lines.Select(l => Inline.InlineMarkup.ToText(l.Trim())).ToList();
                        notes.Add(new EditionNote("further-reading", block.Text, items, block.Raw.FirstLine));
                        i++;
                    }
                    else
                    {
                        notes.Add(new EditionNote("navigation", block.Text, [], block.Raw.FirstLine));
                    }

                    break;
                default:
                    body.Add(block);
                    break;
            }
        }

        return new DocumentParts
        {
            Title = title, Dateline = dateline, DatelineLine = datelineLine, Masthead = masthead, Authors = authors,
            ReportNumber = reportNumber, Notes = notes, Body = body,
        };
    }

    /// <summary>
    /// A masthead block of short lines. Its dateline and report-number lines are taken as such; when the document has
    /// no title yet, its first other line is the title (layout: title, then "Updated …" and "(IF…)" lines in one
    /// block); the remaining lines stay masthead lines (publisher, series).
    /// </summary>
    private static ClassifiedBlock? TakeMasthead(
        ClassifiedBlock block, ClassifiedBlock? title, List<string> masthead, ref string? dateline, ref int datelineLine, ref string? reportNumber)
    {
        for (int i = 0; i < block.Raw.Lines.Count; i++)
        {
            string line = block.Raw.Lines[i];
            string text = Inline.InlineMarkup.ToText(line.Trim());
            int lineNumber = block.Raw.FirstLine + i;
            if (LinePatterns.Dateline().IsMatch(text))
            {
                if (dateline is null)
                {
                    dateline = text;
                    datelineLine = lineNumber;
                    reportNumber ??= NumberIn(text);
                }

                masthead.Add(text);
            }
            else if (LinePatterns.ReportNumber().Match(text) is { Success: true } number)
            {
                reportNumber ??= number.Groups["number"].Value;
            }
            else if (title is null && text.Length > 0)
            {
                title = new ClassifiedBlock(BlockRole.Title, new RawBlock([line], lineNumber), line.Trim().TrimStart('#').Trim());
            }
            else if (text.Length > 0)
            {
                masthead.Add(text);
            }
        }

        return title;
    }

    private static string? NumberIn(string dateline) =>
        LinePatterns.Dateline().Match(dateline) is { Success: true } match && match.Groups["number"].Success ? match.Groups["number"].Value : null;

    private static Author ParseAuthor(string line, int ordinal)
    {
        string text = Inline.InlineMarkup.ToText(line.Trim());
        var match = LinePatterns.Byline().Match(text);
        return match.Success
            ? new Author(ordinal, match.Groups["name"].Value.Trim(), match.Groups["role"].Value.Trim())
            : new Author(ordinal, text, null);
    }
}
