using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>
/// The shortcut for identical blocks (one equal operation, similarity 1, no diff run) gives what the diff itself
/// gives for identical texts, on every block of every seed (tables and lists included), scored and readable alike.
/// </summary>
public class IdenticalTextTests
{
    [Fact]
    public void The_identical_text_shortcut_equals_the_diff_of_a_text_with_itself()
    {
        var texts = SeedEditions.All.SelectMany(e => e.AllBlocks()).Select(b => b.Block.Text).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        texts.Should().HaveCountGreaterThan(50, "the five seeds hold that many distinct blocks");
        foreach (string text in texts)
        {
            var expected = new[] { new WordOperation(WordOperationKind.Equal, text) };
            // A second string instance, as two editions' blocks are.
            string copy = new(text.AsSpan());
            var scored = WordDiff.Diff(text, copy);
            scored.Operations.Should().Equal(expected, text);
            scored.Similarity.Should().Be(1.0);
            WordDiff.Readable(text, copy, 1.0).Operations.Should().Equal(expected, text);
        }
    }
}
