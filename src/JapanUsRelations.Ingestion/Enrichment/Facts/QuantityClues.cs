using System.Buffers;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// What a sentence contains that a quantity pattern cannot match without (a digit for every numeral, <c>$</c> for money,
/// <c>%</c> or "percent" for a share, "half", "quarter" or "third" for a fraction, a number word for a counted word…),
/// found in one pass so <see cref="QuantityRecogniser"/> runs only the patterns that could match. Each clue is a
/// necessary condition of its patterns, never a rule of its own: with the clue absent the pattern finds nothing.
/// </summary>
internal readonly record struct QuantityClues(bool Digit, bool Dollar, bool Percent, bool FiscalYear, bool Superlative, bool Top, bool Fraction, bool NumberWord)
{
    // The words of QuantityPatterns.NumberWord (its (?i:…) group and "one-"), searched ignoring ASCII case.
    private static readonly SearchValues<string> NumberWords = SearchValues.Create(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "fifty", "one-"],
        StringComparison.OrdinalIgnoreCase);

    // Letters outside ASCII that the regex engine's case-insensitive matching equates with ASCII letters (long s, Kelvin
    // sign, dotted and dotless i): with one of them in the sentence the number-word search cannot rule anything out.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u017F\u212A\u0130\u0131");

    /// <summary>The clues of <paramref name="sentence"/>.</summary>
    public static QuantityClues Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.AsSpan();
        bool digit = false;
        foreach (char c in text)
        {
            if (char.IsDigit(c))
            {
                digit = true;
                break;
            }
        }

        return new QuantityClues(
            Digit: digit,
            Dollar: text.Contains('$'),
            Percent: text.Contains('%') || text.Contains("percent", StringComparison.Ordinal),
            FiscalYear: text.Contains("FY", StringComparison.Ordinal),
            Superlative: text.Contains("largest", StringComparison.Ordinal) || text.Contains("biggest", StringComparison.Ordinal),
            Top: text.Contains("top", StringComparison.Ordinal),
            Fraction: text.Contains("half", StringComparison.Ordinal) || text.Contains("quarter", StringComparison.Ordinal) || text.Contains("third", StringComparison.Ordinal),
            NumberWord: text.IndexOfAny(FoldsToAscii) >= 0 || text.IndexOfAny(NumberWords) >= 0);
    }
}
