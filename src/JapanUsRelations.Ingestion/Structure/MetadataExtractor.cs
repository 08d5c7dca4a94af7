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
                    dateline ??= block.Text;
                    break;
                case BlockRole.Masthead:
                    masthead.AddRange(block.Raw.Lines.Select(l => Inline.InlineMarkup.ToText(l.Trim())));
                    break;
                case BlockRole.Byline:
                    foreach (string line in block.Raw.Lines)
                    {
                        authors.Add(ParseAuthor(line, authors.Count + 1));
                    }

                    break;
                case BlockRole.ReportNumber:
                    reportNumber ??= block.Text;
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
            Title = title, Dateline = dateline, Masthead = masthead, Authors = authors,
            ReportNumber = reportNumber, Notes = notes, Body = body,
        };
    }

    private static Author ParseAuthor(string line, int ordinal)
    {
        string text = Inline.InlineMarkup.ToText(line.Trim());
        var match = LinePatterns.Byline().Match(text);
        return match.Success
            ? new Author(ordinal, match.Groups["name"].Value.Trim(), match.Groups["role"].Value.Trim())
            : new Author(ordinal, text, null);
    }
}
