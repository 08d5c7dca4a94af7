namespace JapanUsRelations.Lineage;

/// <summary>
/// A sentence's words as a multiset for <see cref="SentencePairer"/>: cut at white space, quotes, brackets and
/// sentence punctuation trimmed from each end, letter case ignored.
/// </summary>
internal sealed class SentenceWords
{
    private static readonly char[] Trimmed = ['.', ',', ';', ':', '"', '“', '”', '(', ')', '’', '\''];

    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    private SentenceWords()
    {
    }

    /// <summary>How many words (with repeats).</summary>
    public int Count { get; private set; }

    /// <summary>The words of <paramref name="sentence"/>.</summary>
    public static SentenceWords Of(string sentence)
    {
        var words = new SentenceWords();
        var counts = words._counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = sentence.AsSpan();
        while (!rest.IsEmpty)
        {
            int start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start]))
            {
                start++;
            }

            int end = start;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            var word = rest[start..end].Trim(Trimmed);
            rest = rest[end..];
            if (!word.IsEmpty)
            {
                counts[word] = counts.TryGetValue(word, out int n) ? n + 1 : 1;
                words.Count++;
            }
        }

        return words;
    }

    /// <summary>Dice over the two multisets: 2 × shared words / all words (0 when both are empty).</summary>
    public double Dice(SentenceWords other)
    {
        int total = Count + other.Count;
        if (total == 0)
        {
            return 0;
        }

        int common = 0;
        foreach (var (word, n) in _counts)
        {
            common += Math.Min(n, other._counts.GetValueOrDefault(word));
        }

        return 2.0 * common / total;
    }
}
