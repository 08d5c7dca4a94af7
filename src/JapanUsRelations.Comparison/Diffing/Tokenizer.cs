using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Cuts text into the units the word diff compares: figures (a date such as "March 19, 2026" or "November 2024", a
/// number with its thousands separators and decimals, money with its <c>$</c>, a percentage with its <c>%</c>), runs
/// of letters and digits (words), runs of white space, runs of hyphens (<c>--</c> for a dash), an escaped character
/// (<c>\$</c>) and any other single character. A figure is one token, so "over 50,000" → "around 60,000" changes
/// "50,000", never "50" with ",000" left over. Joining the tokens gives back the text exactly.
/// </summary>
internal static partial class Tokenizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        TokenizeInto(text, tokens);
        return tokens;
    }

    /// <summary>
    /// Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/> (a list reused by the caller). A token
    /// this thread cut before is given as the same string (<see cref="Pooled"/>): editions of a report share nearly
    /// all their words, so most tokens allocate nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void TokenizeInto(string text, List<string> tokens)
    {
        var pool = Pool ??= new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < text.Length;)
        {
            int end = End(text, i);
            tokens.Add(Pooled(pool, text, i, end));
            i = end;
        }
    }

    // The token text[start..end], as the string this thread's pool holds for it (added when new; a full pool starts over).
    private static string Pooled(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> pool, string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (pool.TryGetValue(span, out var token))
        {
            return token;
        }

        if (pool.Dictionary.Count >= MaxPooled)
        {
            pool.Dictionary.Clear();
        }

        token = end - start == text.Length ? text : text[start..end];
        pool.Dictionary.Add(token, token);
        return token;
    }

    /// <summary>
    /// Most distinct tokens a thread keeps: a report's vocabulary is a few thousand words, and a server's request
    /// threads each keep their own (at most about a megabyte each).
    /// </summary>
    private const int MaxPooled = 1 << 14;

    [ThreadStatic]
    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? Pool;

    /// <summary>The end of the token that starts at <paramref name="i"/> (what <see cref="Tokenize"/> cuts there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int End(string text, int i)
    {
        char c = text[i];
        if (MayStartFigure(text, i) && Figure().Match(text, i) is { Success: true, Length: > 0 } figure && EndsWord(text, i + figure.Length))
        {
            return i + figure.Length;
        }

        if (char.IsLetterOrDigit(c))
        {
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
        }
        else if (char.IsWhiteSpace(c))
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        else if (c == '-')
        {
            while (i < text.Length && text[i] == '-')
            {
                i++;
            }
        }
        else if (c == '\\' && i + 1 < text.Length && char.IsPunctuation(text[i + 1]) | char.IsSymbol(text[i + 1]))
        {
            i += 2;
        }
        else
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The first words of a text (at most <paramref name="limit"/>), as <see cref="Tokenize"/> and
    /// <see cref="IsWord"/> find them, without cutting the rest of the text.
    /// </summary>
    public static List<string> FirstWords(string text, int limit)
    {
        var words = new List<string>(Math.Min(limit, 4));
        for (int i = 0; i < text.Length && words.Count < limit;)
        {
            int end = End(text, i);
            if (IsWordAt(text, i, end))
            {
                words.Add(text[i..end]);
            }

            i = end;
        }

        return words;
    }

    /// <summary>True for a word token: letters or digits, or a figure (which may start with <c>$</c> or <c>\$</c>).</summary>
    public static bool IsWord(string token) => token.Length > 0 && (char.IsLetterOrDigit(token[0]) || IsFigure(token));

    /// <summary>True for a figure token: a number, money, a percentage or a date.</summary>
    public static bool IsFigure(string token) => token.Length > 0 && HasDigit(token, 0, token.Length) && Figure().Match(token) is { Success: true } m && m.Length == token.Length;

    /// <summary>Number of words in a text (a figure counts as one word): <see cref="Tokenize"/> and <see cref="IsWord"/>, without keeping the tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWords(string text)
    {
        int words = 0;
        for (int i = 0; i < text.Length;)
        {
            int end = End(text, i);
            if (IsWordAt(text, i, end))
            {
                words++;
            }

            i = end;
        }

        return words;
    }

    /// <summary><see cref="IsWord"/> of the token <c>text[start..end]</c>, cutting it out only when it may be a figure.</summary>
    private static bool IsWordAt(string text, int start, int end) =>
        char.IsLetterOrDigit(text[start]) || (HasDigit(text, start, end) && IsFigure(text[start..end]));

    private static bool HasDigit(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (char.IsDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cheap test before the figure pattern: a digit, <c>$</c>, <c>\$</c>, or the first letters of a month.</summary>
    private static bool MayStartFigure(string text, int i)
    {
        char c = text[i];
        if (char.IsDigit(c) || c == '$')
        {
            return true;
        }

        if (c == '\\')
        {
            return i + 1 < text.Length && text[i + 1] == '$';
        }

        return char.IsUpper(c) && i + 3 <= text.Length && Months.Contains(text.AsSpan(i, 3));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months =
        new HashSet<string>(StringComparer.Ordinal) { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A figure must not be cut out of a longer word ("2023a", "F-35" stay as they were).</summary>
    private static bool EndsWord(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    [GeneratedRegex(@"\G(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \u00A0]\d{1,2},?)?[ \u00A0]\d{4}(?!\d)|(?:\\?\$)?\d+(?:[.,]\d+)*%?(?=\W|$)|(?:\\?\$)?\d+(?:[.,]\d+)*%?$)", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
