using JapanUsRelations.Web.Pages.History;

namespace JapanUsRelations.Web.Tests.History;

/// <summary>The window of a long history: at most four columns, neighbours linked, kept within the editions.</summary>
public class HistoryWindowTests
{
    private static readonly IReadOnlyList<string> Ten = Enumerable.Range(1, 10).Select(i => $"e{i:00}").ToList();

    private static string Link(string from) => "/w?from=" + from;

    [Fact]
    public void A_middle_window_links_the_windows_before_and_after()
    {
        var window = HistoryWindow.At(Ten, 4, Link);
        (window.Start, window.Count, window.Total, window.From).Should().Be((4, 4, 10, "e05"));
        window.Previous.Should().Be("/w?from=e01");
        window.Next.Should().Be("/w?from=e07", "the last window ends with the newest edition");
    }

    [Fact]
    public void The_first_and_last_windows_have_no_link_beyond_them()
    {
        HistoryWindow.At(Ten, 0, Link).Previous.Should().BeNull();
        HistoryWindow.At(Ten, 0, Link).Next.Should().Be("/w?from=e05");
        var last = HistoryWindow.At(Ten, 99, Link);
        (last.Start, last.Count, last.Next).Should().Be((6, 4, null));
        last.Previous.Should().Be("/w?from=e03");
    }

    [Fact]
    public void Fewer_editions_than_a_window_show_all_without_links()
    {
        var window = HistoryWindow.At(["a", "b"], HistoryWindow.Around(1), Link);
        (window.Start, window.Count, window.Previous, window.Next).Should().Be((0, 2, null, null));
    }

    [Fact]
    public void The_default_window_holds_the_edition_asked_for()
    {
        for (int at = 0; at < Ten.Count; at++)
        {
            var window = HistoryWindow.At(Ten, HistoryWindow.Around(at), Link);
            at.Should().BeInRange(window.Start, window.Start + window.Count - 1);
        }
    }
}
