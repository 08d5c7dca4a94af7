using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Shortcuts;

/// <summary>
/// Counting words without keeping the tokens, and reading only a text's first words, give what cutting the whole text
/// into tokens and keeping the words gives: on every block of the seeds and on texts made of the tokenizer's edge cases
/// (figures, dates, money, escapes, dashes, a figure cut out of a longer word).
/// </summary>
public class TokenCountTests
{
    private static readonly string[] EdgeCases =
    [
        "", " ", "2026", "May 2026", "over 50,000 troops", "\\$2.5 billion (3.1%)", "F-35 and 2023a", "-- a dash --", "\\", "$", "March 19, 2026.",
        "in May", "1.", "U.S.-Japan", "\u00A0\u00A0x", "ab\\", "it's 5%", "June\u00A02025",
    ];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var text in EdgeCases.Concat(SeedEditions.All.SelectMany(e => e.AllBlocks()).Select(b => b.Block.Text)).Distinct(StringComparer.Ordinal))
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Counted_and_first_words_are_those_of_the_whole_token_list(string text)
    {
        var words = Tokenizer.Tokenize(text).Where(Tokenizer.IsWord).ToList();

        Tokenizer.CountWords(text).Should().Be(words.Count);
        new TokenizedText(text).Words.Should().Be(words.Count);
        foreach (int limit in new[] { 1, 3, 10 })
        {
            Tokenizer.FirstWords(text, limit).Should().Equal(words.Take(limit));
        }
    }
}
