namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// A cheap test run before a term's pattern: a <see cref="TermPattern"/> match starts where no letter or digit
/// precedes it, with the term's leading letters and digits, so some maximal run of letters and digits of the text
/// (a word) starts with them. The needle is those leading characters less the last one (a plural "y→ies" changes
/// it), lower-cased. Exact for ASCII text; for text with other letters (whose case folding lower-casing may not
/// mirror) <see cref="Words"/> answers null and every pattern runs. A phrase of several words asks more
/// (<see cref="WholeWords"/>): its words joined by spaces, hyphens or punctuation are whole words of the text, each
/// but the last (which may take a plural ending) exactly, the last starting with its letters less the last one.
/// </summary>
public static class WordPrefix
{
    /// <summary>The needle of a term (empty: the term cannot be pre-tested and always runs).</summary>
    public static string Needle(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string trimmed = phrase.Trim();
        int length = 0;
        while (length < trimmed.Length && char.IsAsciiLetterOrDigit(trimmed[length]))
        {
            length++;
        }

        // A phrase starting with a non-ASCII letter gets no needle, so the test can never wrongly skip it.
        if (length < trimmed.Length && char.IsLetterOrDigit(trimmed[length]))
        {
            return "";
        }

        return length <= 1 ? "" : trimmed[..(length - 1)].ToLowerInvariant();
    }

    /// <summary>
    /// The runs of ASCII letters and digits of a phrase (lower-cased) a text must hold as whole words for the
    /// phrase's pattern to match, all but the last run; and the last run less its last character, which a word of
    /// the text must start with. Nothing to ask (empty, "") for a phrase with a non-ASCII letter or digit.
    /// </summary>
    public static (string[] Whole, string LastStart) WholeWords(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var runs = new List<string>();
        int start = -1;
        for (int i = 0; i <= phrase.Length; i++)
        {
            char c = i < phrase.Length ? phrase[i] : ' ';
            if (c > 127 && char.IsLetterOrDigit(c))
            {
                return ([], "");
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                runs.Add(phrase[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return runs.Count == 0 ? ([], "") : ([.. runs.Take(runs.Count - 1)], runs[^1][..^1]);
    }

    /// <summary>Whether <paramref name="sortedWords"/> (from <see cref="Words"/>) holds <paramref name="word"/> whole.</summary>
    public static bool HasWord(string[] sortedWords, string word)
    {
        ArgumentNullException.ThrowIfNull(sortedWords);
        return Array.BinarySearch(sortedWords, word, StringComparer.Ordinal) >= 0;
    }

    /// <summary>The distinct lower-cased words of an ASCII text, sorted ordinally; null when the text has a non-ASCII letter or digit.</summary>
    public static string[]? Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (c > 127 && char.IsLetterOrDigit(c))
            {
                return null;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        words.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(words.Count);
        foreach (string word in words)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[^1], word, StringComparison.Ordinal))
            {
                distinct.Add(word);
            }
        }

        return [.. distinct];
    }

    /// <summary>Whether a word of <paramref name="sortedWords"/> starts with <paramref name="needle"/> (an empty needle: always).</summary>
    public static bool AnyStartsWith(string[] sortedWords, string needle)
    {
        ArgumentNullException.ThrowIfNull(sortedWords);
        ArgumentNullException.ThrowIfNull(needle);
        if (needle.Length == 0)
        {
            return true;
        }

        int at = Array.BinarySearch(sortedWords, needle, StringComparer.Ordinal);
        at = at >= 0 ? at : ~at;
        return at < sortedWords.Length && sortedWords[at].StartsWith(needle, StringComparison.Ordinal);
    }
}
