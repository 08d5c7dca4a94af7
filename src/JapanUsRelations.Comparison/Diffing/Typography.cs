using System.Text;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// What the comparison treats as typography rather than wording: curly vs straight quotes and apostrophes, the
/// dashes, the amount and kind of white space, and Markdown escapes such as <c>\$</c>. Tokens equal after
/// <see cref="Normalize"/> are the same words.
/// </summary>
internal static class Typography
{
    public static string Normalize(string token)
    {
        if (token.Length == 0)
        {
            return token;
        }

        if (char.IsWhiteSpace(token[0]))
        {
            return " ";
        }

        if (token[0] == '-')
        {
            return "-";
        }

        if (token.Length >= 2 && token[0] == '\\')
        {
            return Normalize(token[1..]);
        }

        if (token.Length > 1 && token.Contains('\u00A0', StringComparison.Ordinal))
        {
            return token.Replace('\u00A0', ' ');
        }

        if (token.Length == 1)
        {
            return token[0] switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => "\"",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
                _ => token,
            };
        }

        return token;
    }

    /// <summary>The normalised form of a whole text (for word bags).</summary>
    public static string NormalizeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            sb.Append(Normalize(token));
        }

        return sb.ToString();
    }
}
