using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Reading;
using Markdig;
using Markdig.Syntax;

namespace JapanUsRelations.Ingestion.Classification;

/// <summary>
/// Stage 3, Classify: gives every raw block a role. Markdown structure (ATX headings, thematic breaks) comes from
/// Markdig's AST; line shapes (datelines, captions, bylines, bare headings…) from <see cref="LinePatterns"/>.
/// </summary>
public static class BlockClassifier
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Classifies the blocks of one seed, in order.</summary>
    public static IReadOnlyList<ClassifiedBlock> Classify(SeedText text, IReadOnlyList<RawBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<ClassifiedBlock>(blocks.Count);
        bool seenParagraph = false;
        bool seenTitle = false;
        foreach (var block in blocks)
        {
            if (!seenTitle && !seenParagraph && SplitTitleAndDateline(block) is { } masthead)
            {
                // Layout: title and dateline on one line, set apart by a run of spaces (scraped mastheads).
                result.AddRange(masthead);
                seenTitle = true;
                continue;
            }

            var classified = ClassifyOne(text.Format, block);
            if (classified.Role == BlockRole.Heading && !seenTitle && !seenParagraph)
            {
                classified = classified with { Role = BlockRole.Title };
                seenTitle = true;
            }
            else if (classified.Role == BlockRole.Heading && string.Equals(classified.Text, "Disclaimer", StringComparison.OrdinalIgnoreCase))
            {
                classified = classified with { Role = BlockRole.DisclaimerHeading };
            }

            else if (classified.Role == BlockRole.Masthead && !seenTitle && !seenParagraph && MastheadHoldsTitle(block))
            {
                seenTitle = true; // layout: title, "Updated …" and "(IF…)" in one block; MetadataExtractor takes the title from it
            }

            seenParagraph |= classified.Role == BlockRole.Paragraph;
            result.Add(classified);
        }

        return result;
    }

    /// <summary>
    /// A Markdown pipe table (header row, delimiter row, body rows) is a table; a stub with no words in any cell (what
    /// a page scrape leaves of a figure, "| | |" over "|---|---|") carries nothing and is set aside like a rule.
    /// </summary>
    private static ClassifiedBlock? PipeTable(RawBlock block)
    {
        if (block.Lines.Count < 2 || !block.Lines.All(l => LinePatterns.PipeRow().IsMatch(l)) || !LinePatterns.PipeDelimiter().IsMatch(block.Lines[1]))
        {
            return null;
        }

        var rows = block.Lines.Where((_, i) => i != 1)
            .Select(l => (IReadOnlyList<string>)l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList())
            .ToList();
        if (rows.All(r => r.All(c => InlineMarkup.ToText(c).Length == 0)))
        {
            return new ClassifiedBlock(BlockRole.Rule, block, "");
        }

        return new ClassifiedBlock(BlockRole.Table, block, string.Join('\n', block.Lines)) { Rows = rows };
    }

    private static bool MastheadHoldsTitle(RawBlock block)
    {
        string first = InlineMarkup.ToText(block.Lines.First(l => l.Trim().Length > 0).Trim());
        return !LinePatterns.Dateline().IsMatch(first) && !LinePatterns.ReportNumber().IsMatch(first) && LinePatterns.IsHeadingLike(first);
    }

    private static ClassifiedBlock[]? SplitTitleAndDateline(RawBlock block)
    {
        if (block.Lines.Count != 1)
        {
            return null;
        }

        var match = LinePatterns.TitleAndDateline().Match(block.Lines[0].Trim());
        if (!match.Success)
        {
            return null;
        }

        var title = match.Groups["title"];
        var dateline = match.Groups["dateline"];
        string titleMarkup = title.Value.Trim().TrimStart('#').Trim();
        return
        [
            new ClassifiedBlock(BlockRole.Title, block, titleMarkup),
            new ClassifiedBlock(BlockRole.Dateline, block, dateline.Value),
        ];
    }

    private static ClassifiedBlock ClassifyOne(SeedFormat format, RawBlock block)
    {
        if (format == SeedFormat.Markdown && MayBeHeadingOrRule(block.Text))
        {
            var markdown = Markdown.Parse(block.Text, Pipeline);
            if (markdown.Count == 1 && markdown[0] is HeadingBlock heading)
            {
                string content = block.Text.TrimStart('#').Trim().TrimEnd('#').Trim();
                return new ClassifiedBlock(BlockRole.Heading, block, content, heading.Level);
            }

            if (markdown.Count == 1 && markdown[0] is ThematicBreakBlock)
            {
                return new ClassifiedBlock(BlockRole.Rule, block, "");
            }
        }

        return block.Lines.Count == 1 ? ClassifyLine(block) : ClassifyLines(block);
    }

    /// <summary>
    /// False when Markdig cannot make a block one ATX heading, setext heading or thematic break: those start (after
    /// indentation) with <c>#</c>, <c>*</c>, <c>-</c> or <c>_</c>, or have a later line of only <c>=</c> or only <c>-</c>
    /// (a setext underline). Most blocks are prose and are not parsed as Markdown a second time.
    /// </summary>
    internal static bool MayBeHeadingOrRule(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string start = text.TrimStart();
        if (start.Length > 0 && start[0] is '#' or '*' or '-' or '_')
        {
            return true;
        }

        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && (!trimmed.ContainsAnyExcept('=') || !trimmed.ContainsAnyExcept('-')))
            {
                return true;
            }
        }

        return false;
    }

    private static ClassifiedBlock ClassifyLine(RawBlock block)
    {
        string markup = block.Lines[0].Trim();
        string text = InlineMarkup.ToText(markup);
        BlockRole role = text switch
        {
            _ when LinePatterns.Dateline().IsMatch(text) => BlockRole.Dateline,
            _ when LinePatterns.ReportNumber().IsMatch(text) => BlockRole.ReportNumber,
            _ when LinePatterns.Caption().IsMatch(text) => BlockRole.Caption,
            _ when LinePatterns.SourceLine().IsMatch(text) => BlockRole.SourceLine,
            _ when LinePatterns.NoteLine().IsMatch(text) => BlockRole.NoteLine,
            _ when LinePatterns.Byline().IsMatch(text) => BlockRole.Byline,
            _ when LinePatterns.IsHeadingLike(text) => BlockRole.Heading,
            _ => BlockRole.Paragraph,
        };
        return new ClassifiedBlock(role, block, markup);
    }

    private static ClassifiedBlock ClassifyLines(RawBlock block)
    {
        var texts = block.Lines.Select(l => InlineMarkup.ToText(l.Trim())).ToList();
        string markup = string.Join('\n', block.Lines);
        if (PipeTable(block) is { } pipe)
        {
            return pipe;
        }

        if (block.Lines.Count(l => l.Contains('\t', StringComparison.Ordinal)) >= 2)
        {
            return new ClassifiedBlock(BlockRole.Table, block, markup);
        }

        if (texts.All(t => LinePatterns.Byline().IsMatch(t)))
        {
            return new ClassifiedBlock(BlockRole.Byline, block, markup);
        }

        bool allShort = texts.All(t => t.Length <= LinePatterns.MaxHeadingLength);
        if (allShort && block.Lines.Count <= 6 && texts.Any(t => LinePatterns.Dateline().IsMatch(t)))
        {
            return new ClassifiedBlock(BlockRole.Masthead, block, markup);
        }

        if (allShort && texts.All(t => t.Length > 0 && !".;!?".Contains(t[^1], StringComparison.Ordinal)))
        {
            return new ClassifiedBlock(BlockRole.List, block, markup);
        }

        return new ClassifiedBlock(BlockRole.Paragraph, block, markup);
    }
}
