using JapanUsRelations.Web.Pages.Shared;
using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Pages.Compare;

namespace JapanUsRelations.Web.Tests.Compare;

public class DiffMarkupTests
{
    private static BlockComparison Entry(params WordOperation[] ops) => new()
    {
        Older = [new BlockPlace("overview", "p1")],
        Newer = [new BlockPlace("overview", "p1")],
        Status = BlockStatus.Changed,
        Similarity = 0.5,
        Operations = ops,
        Summary = new ChangeSummary(),
    };

    [Fact]
    public void Hostile_text_in_operations_is_encoded_never_live()
    {
        var entry = Entry(
            new WordOperation(WordOperationKind.Equal, "Alpha "),
            new WordOperation(WordOperationKind.Delete, "<script>alert('x')</script>"),
            new WordOperation(WordOperationKind.Insert, "<img src=x onerror=alert(1)>"));

        string older = DiffMarkup.Side("2024-11-05", entry, ComparisonSide.Older, false).ToString()!;
        string inline = DiffMarkup.Inline(entry, false).ToString()!;

        older.Should().Contain("<del>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</del>").And.NotContain("<script");
        inline.Should().Contain("<ins>&lt;img src=x onerror=alert(1)&gt;</ins>").And.NotContain("<img");
    }

    [Fact]
    public void Typography_only_operations_show_the_side_own_text_plainly_unless_asked()
    {
        var entry = Entry(
            new WordOperation(WordOperationKind.Equal, "Japan"),
            new WordOperation(WordOperationKind.Delete, "\u2019", true),
            new WordOperation(WordOperationKind.Insert, "'", true),
            new WordOperation(WordOperationKind.Equal, "s"));

        DiffMarkup.Side("a", entry, ComparisonSide.Older, false).ToString().Should().Contain("Japan&#x2019;s <a");
        DiffMarkup.Side("b", entry, ComparisonSide.Newer, false).ToString().Should().Contain("Japan&#x27;s <a");
        DiffMarkup.Inline(entry, false).ToString().Should().Be("<p class=\"cmp-para\">Japan&#x27;s</p>");
        DiffMarkup.Inline(entry, true).ToString().Should().Contain("<del class=\"typo\"");
    }

    [Fact]
    public void A_split_entry_becomes_two_paragraphs_on_the_newer_side_each_with_its_permalink()
    {
        var entry = Entry(
            new WordOperation(WordOperationKind.Equal, "First."),
            new WordOperation(WordOperationKind.Insert, "", false) with { Kind = WordOperationKind.Break, Side = ComparisonSide.Newer },
            new WordOperation(WordOperationKind.Equal, "Second.")) with
        { Newer = [new BlockPlace("trade", "p4"), new BlockPlace("trade", "p5")], Status = BlockStatus.Split };

        string newer = DiffMarkup.Side("2026-02-05", entry, ComparisonSide.Newer, false).ToString()!;

        newer.Should().Contain("data-anchor=\"p4\">First. <a class=\"permalink\" href=\"/editions/2026-02-05/trade#p4\"");
        newer.Should().Contain("data-anchor=\"p5\">Second. <a class=\"permalink\" href=\"/editions/2026-02-05/trade#p5\"");
    }
}
