using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Outputs.Exports;

namespace JapanUsRelations.Web.Tests.Exports;

/// <summary>CriticMarkup writing rules, on hand-made operations and hostile text.</summary>
public sealed class CriticMarkupTests
{
    [Fact]
    public void A_deletion_then_insertion_is_a_substitution_lone_ones_are_deletions_and_insertions_typography_is_the_newer_text()
    {
        var block = new BlockComparison
        {
            Older = [new BlockPlace("overview", "p1")],
            Newer = [new BlockPlace("overview", "p1")],
            Status = BlockStatus.Changed,
            Similarity = 0.5,
            Summary = new ChangeSummary(),
            Operations =
            [
                new(WordOperationKind.Equal, "The "),
                new(WordOperationKind.Delete, "old"),
                new(WordOperationKind.Insert, "new"),
                new(WordOperationKind.Equal, " text, "),
                new(WordOperationKind.Insert, "added"),
                new(WordOperationKind.Equal, " and "),
                new(WordOperationKind.Delete, "gone"),
                new(WordOperationKind.Equal, " "),
                new(WordOperationKind.Delete, "\"quoted\"", IsTypographyOnly: true),
                new(WordOperationKind.Insert, "“quoted”", IsTypographyOnly: true),
                new(WordOperationKind.Equal, "."),
            ],
        };

        CriticMarkup.Paragraph(block).Should().Be("The {~~old~>new~~} text, {++added++} and {--gone--} “quoted”.");
    }

    [Fact]
    public void Seed_text_that_looks_like_html_markdown_or_critic_markup_is_escaped()
    {
        CriticMarkup.Escape("<script>alert(1)</script> *bold* [x](y) {--no--} a~>b")
            .Should().Be(@"\<script\>alert(1)\</script\> \*bold\* \[x\](y) \{--no--\} a\~\>b");
    }
}
