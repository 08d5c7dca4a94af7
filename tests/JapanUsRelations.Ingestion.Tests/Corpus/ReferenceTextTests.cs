namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>The reference reader the word-for-word test relies on, checked on small inputs read by hand.</summary>
public class ReferenceTextTests
{
    private const string Masthead = "<div><div>A Title</div><div><div>Updated May 1, 2026\n   (IN12345)\n</div></div><div><div>";

    [Fact]
    public void Skips_the_masthead_and_joins_inline_pieces_of_a_word()
    {
        string html = Masthead + "<h2>Over<a name=\"x\"></a>view</h2><p>Coun<span>ter</span>-d<strong>rone</strong> 119<sup>th</sup></p><ul><li>one</li><li>two</li></ul></div></div></div>";
        ReferenceText.BodyWords(html).Should().Equal("Overview", "Counter-drone", "119th", "one", "two");
        ReferenceText.Masthead(html).Should().Be(("A Title", "Updated May 1, 2026 (IN12345)"));
    }

    [Fact]
    public void Drops_only_the_final_mark_of_a_run_in_phrase_and_keeps_source_labels()
    {
        string html = Masthead + "<p><strong>Counter-d</strong><strong>rone.</strong> Text.</p><p><strong>Tariffs to </strong><strong>\"Offset.\"</strong> More</p>"
            + "<p><strong>Source:</strong> USTR.</p><p><strong>Bold only</strong></p><p><a><strong>Figure 1</strong></a>. shows</p></div></div></div>";
        ReferenceText.BodyWords(html).Should().Equal("Counter-drone", "Text.", "Tariffs", "to", "\"Offset\"", "More", "Source:", "USTR.", "Bold", "only", "Figure", "1.", "shows");
    }

    [Fact]
    public void Block_elements_separate_words_and_images_carry_none()
    {
        string html = Masthead + "<p>end:</p><ul><li>first</li></ul><table><tr><td><p>Cap</p></td></tr><tr><td><img src=\"x.png\" alt=\"alt words\"></td></tr><tr><td>a</td><td>b</td></tr></table></div></div></div>";
        ReferenceText.BodyWords(html).Should().Equal("end:", "first", "Cap", "a", "b");
    }

    [Fact]
    public void A_file_without_a_masthead_is_refused_by_the_reference_reader()
    {
        var act = () => ReferenceText.BodyWords("<p>just text</p><p>more</p>");
        act.Should().Throw<InvalidOperationException>();
    }
}
