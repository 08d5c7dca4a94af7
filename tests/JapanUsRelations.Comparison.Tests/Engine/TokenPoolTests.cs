using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>
/// The tokenizer hands out a token it cut before on the same thread as the same string: the tokens are those the
/// text's own substrings give, the same word in two texts is one string, and a one-word text is one token.
/// </summary>
public class TokenPoolTests
{
    [Fact]
    public void Tokens_are_the_texts_substrings_and_a_repeated_word_is_one_string()
    {
        const string first = "Japan hosts about 54,000 U.S. troops.";
        const string second = "In 2026 Japan hosts about 55,000 U.S. troops.";
        var a = Tokenizer.Tokenize(first);
        var b = Tokenizer.Tokenize(new string(second.AsSpan()));
        string.Concat(a).Should().Be(first);
        string.Concat(b).Should().Be(second);
        a.Should().Contain("54,000").And.Contain("U").And.Contain(" ");
        b.Should().Contain("55,000");
        b.Single(t => t == "Japan").Should().BeSameAs(a.Single(t => t == "Japan"), "the pool gives the string cut first");
        b.Single(t => t == "troops").Should().BeSameAs(a.Single(t => t == "troops"));
    }

    [Fact]
    public void A_one_word_text_is_one_token_of_that_word()
    {
        string text = new("Okinawa".AsSpan());
        Tokenizer.Tokenize(text).Should().ContainSingle().Which.Should().Be("Okinawa");
    }
}
