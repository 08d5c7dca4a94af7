using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Tests.Engine;

public class WordDiffTests
{
    private static string Side(IEnumerable<WordOperation> ops, WordOperationKind kept) =>
        string.Concat(ops.Where(o => o.Kind == WordOperationKind.Equal || o.Kind == kept).Select(o => o.Text));

    [Fact]
    public void A_reworded_word_is_a_deletion_then_an_insertion_between_equal_text()
    {
        var diff = WordDiff.Diff("Japan pays roughly $2 billion per year.", "Japan pays about $2 billion per year.");

        diff.Operations.Should().Equal(
            new WordOperation(WordOperationKind.Equal, "Japan pays "),
            new WordOperation(WordOperationKind.Delete, "roughly"),
            new WordOperation(WordOperationKind.Insert, "about"),
            new WordOperation(WordOperationKind.Equal, " $2 billion per year."));
        diff.Similarity.Should().BeInRange(0.7, 0.95);
    }

    [Theory]
    [InlineData("Japan\u2019s \u201Cstrategic\u201D partner", "Japan's \"strategic\" partner")]
    [InlineData("troops\u2014currently 50,000", "troops-currently 50,000")]
    [InlineData("pays  roughly\u00A0\\$2 billion", "pays roughly $2 billion")]
    public void Typography_only_differences_are_kept_but_flagged_and_leave_similarity_whole(string older, string newer)
    {
        var diff = WordDiff.Diff(older, newer);

        diff.Operations.Where(o => o.Kind != WordOperationKind.Equal).Should().NotBeEmpty().And.OnlyContain(o => o.IsTypographyOnly);
        diff.Operations.Should().NotContain(o => o.IsChange);
        diff.Similarity.Should().Be(1.0);
        Side(diff.Operations, WordOperationKind.Delete).Should().Be(older);
        Side(diff.Operations, WordOperationKind.Insert).Should().Be(newer);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "Only in the newer text.")]
    [InlineData("Only in the older text.", "")]
    [InlineData("   \t\n ", "\n")]
    [InlineData("Emoji 🇯🇵 and 🇺🇸 flags", "Emoji 🇺🇸 and 🇯🇵 flags")]
    [InlineData("<script>alert(1)</script> ok", "<b>ok</b>")]
    [InlineData("Combining e\u0301 accents", "Combining \u00E9 accents")]
    [InlineData("a\u2029b", "a b")]
    public void Both_texts_rebuild_exactly_from_the_operations_whatever_they_hold(string older, string newer)
    {
        var diff = WordDiff.Diff(older, newer);

        Side(diff.Operations, WordOperationKind.Delete).Should().Be(older);
        Side(diff.Operations, WordOperationKind.Insert).Should().Be(newer);
        diff.Operations.Should().NotContain(o => o.Text.Length == 0);
        diff.Similarity.Should().BeInRange(0, 1);
    }

    [Fact]
    public void Identical_texts_are_one_equal_operation_with_similarity_one()
    {
        var diff = WordDiff.Diff("Same words.", "Same words.");

        diff.Operations.Should().Equal(new WordOperation(WordOperationKind.Equal, "Same words."));
        diff.Similarity.Should().Be(1.0);
    }

    [Fact]
    public void Unrelated_texts_score_low_because_white_space_counts_for_nothing()
    {
        var diff = WordDiff.Diff("The alliance deepened interoperability.", "Tariffs hit automobile exporters hard.");

        diff.Similarity.Should().BeLessThan(0.15);
    }
}
