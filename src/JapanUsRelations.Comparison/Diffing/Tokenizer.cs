namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Cuts text into the units the word diff compares: runs of letters and digits (words), runs of white space, runs of hyphens (<c>--</c> for a dash), an
/// escaped character (<c>\$</c>) and any other single character. Joining the tokens gives back the text exactly.
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            char c = text[i];
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

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    /// <summary>True for a word token (letters or digits).</summary>
    public static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]);

    /// <summary>Number of words in a text.</summary>
    public static int CountWords(string text) => Tokenize(text).Count(IsWord);
}
