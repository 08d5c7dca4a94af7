namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Splits a block's text into sentences without changing a character: a sentence ends at <c>.</c>, <c>?</c> or
/// <c>!</c> (with any closing quote or bracket) followed by a space and a capital, a digit or an opening quote or
/// bracket, and at every line break. Abbreviations with inner dots ("U.S.", "P.L.", "H.Con.Res."), single initials
/// ("Mark E. Manyin") and a short list of titles never end a sentence. A "sentence" longer than
/// <see cref="MaxSentenceChars"/> (a paragraph with no full stop) is read in pieces of at most that many characters,
/// cut at a space: every fact quotes its sentence, so an unbounded sentence made the facts of one paragraph cost its
/// length times its numbers.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longest sentence read as one (the longest in the seeds and the CRS corpus is about 600 characters).</summary>
    public const int MaxSentenceChars = 4_000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "vs", "etc", "seq", "Gen", "Adm", "Sen", "Rep", "Jr", "Sr", "Inc", "Co", "Corp", "approx",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order; empty for empty text.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (text[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']')
            {
                end++;
            }

            if (IsBoundary(text, i, end))
            {
                Add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end < text.Length)
        {
            if (text[end] is not (' ' or '\t') || end + 1 >= text.Length)
            {
                return end >= text.Length;
            }

            var next = text[end + 1];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '(' or '‘' or '['))
            {
                return false;
            }
        }

        return text[mark] != '.' || !EndsWithAbbreviation(text, mark);
    }

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        if (dot > 0 && text[dot - 1] is ')' or ']' or '"' or '”' or '’')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length == 0
            || word.Contains('.', StringComparison.Ordinal)
            || (word.Length == 1 && char.IsUpper(word[0]))
            || Abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        while (to - from > MaxSentenceChars)
        {
            int cut = PieceEnd(text, from);
            Add(sentences, text, from, cut);
            from = cut;
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }
        }

        if (to > from)
        {
            sentences.Add(new Sentence(text[from..to], from));
        }
    }

    // The end of a piece of an overlong sentence starting at from: after the last space within MaxSentenceChars, or at
    // MaxSentenceChars when there is none (never between the halves of a surrogate pair).
    private static int PieceEnd(string text, int from)
    {
        int limit = from + MaxSentenceChars;
        int space = text.LastIndexOf(' ', limit - 1, MaxSentenceChars - 1);
        if (space > from)
        {
            return space;
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
