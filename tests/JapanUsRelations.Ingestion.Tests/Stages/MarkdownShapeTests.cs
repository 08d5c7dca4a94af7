using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Tests.Support;
using Markdig;
using Markdig.Syntax;

namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>
/// The classifier asks Markdig whether a Markdown block is one heading or rule only when the block could be one
/// (<see cref="BlockClassifier.MayBeHeadingOrRule"/>): for every block it skips, Markdig says neither.
/// </summary>
public sealed class MarkdownShapeTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static TheoryData<string> Blocks() =>
    [
        "## Overview", "   ### Indented heading", "\t# Code, not a heading", "---", "***", "___", " - - -", "- a list item", "* a list item",
        "_emphasis_ starts the line", "Setext heading\n===", "Setext heading\n---", "Setext heading\n  ====  ", "Two lines\nof prose",
        "Prose = with equals\nand - dashes", "\\# escaped hash", "+ plus list", "1. numbered", "> quoted # heading", "Plain prose.", "",
        "\u00A0# after a no-break space", "Title\n=\nmore", "x\n-", "====", "a\n= =",
    ];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_block_skipped_is_neither_a_heading_nor_a_rule_to_Markdig(string text) => AssertSkipIsSafe(text);

    [Fact]
    public void No_block_of_the_seeds_skipped_is_a_heading_or_rule_to_Markdig()
    {
        var texts = System.IO.Directory.GetFiles(Seeds.Directory, "*.md").Concat(System.IO.Directory.GetFiles(Seeds.Directory, "*.txt"))
            .SelectMany(f => File.ReadAllText(f).Split("\n\n")).Select(b => b.Trim('\n')).ToList();
        texts.Count(AssertSkipIsSafe).Should().BeGreaterThan(texts.Count / 2, "most blocks are prose, not parsed again");
    }

    // True when the block is skipped.
    private static bool AssertSkipIsSafe(string text)
    {
        if (BlockClassifier.MayBeHeadingOrRule(text))
        {
            return false;
        }

        var document = Markdown.Parse(text, Pipeline);
        (document.Count == 1 && document[0] is HeadingBlock or ThematicBreakBlock).Should().BeFalse($"[{text}] is skipped");
        return true;
    }
}
