using JapanUsRelations.Web.Pages.Search;

namespace JapanUsRelations.Web.Tests.Search;

/// <summary>The pieces that keep search safe: snippet encoding and the fallback query.</summary>
public class SnippetAndQueryTests
{
    [Fact]
    public void Snippet_text_is_encoded_and_only_matches_are_wrapped_in_mark()
    {
        var snippet = Snippet.Parse("a <script>alert(1)</script> \u0002Okinawa & \"co\"\u0003 b");
        snippet.Html.Should().Be("a &lt;script&gt;alert(1)&lt;/script&gt; <mark>Okinawa &amp; &quot;co&quot;</mark> b");
        snippet.Text.Should().Be("a <script>alert(1)</script> Okinawa & \"co\" b");
    }

    [Fact]
    public void Snippet_survives_unbalanced_markers_and_null()
    {
        Snippet.Parse("\u0003x\u0002y").Parts.Should().Equal(new SnippetPart("x", false), new SnippetPart("y", true));
        Snippet.Parse(null).Parts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("AND", "\"AND\"")]
    [InlineData("(Okinawa", "\"Okinawa\"")]
    [InlineData("golden \"share", "\"golden\" \"share\"")]
    [InlineData("counter*", "\"counter\" *")]
    [InlineData("nosuchcolumn:Okinawa", "\"nosuchcolumn:Okinawa\"")]
    public void An_unparseable_query_becomes_quoted_phrases(string query, string expected)
    {
        FtsQuery.AsPhrases(query).Should().Be(expected);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("  ( ) ^ ")]
    public void A_query_without_letters_or_digits_has_no_fallback(string query)
    {
        FtsQuery.AsPhrases(query).Should().BeNull();
    }
}
