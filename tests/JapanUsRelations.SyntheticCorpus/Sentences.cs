namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a space and a capital
/// (or an opening quote), except after initials and abbreviations such as <c>U.S.</c>, <c>Dr.</c> or <c>Jan.</c>.
/// Joining the parts with one space gives the paragraph back.
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Adm", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "Inc", "Co", "approx",
    };

    /// <summary>The sentences of a one-line paragraph.</summary>
    public static List<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < paragraph.Length - 2; i++)
        {
            char c = paragraph[i];
            if (c is not ('.' or '?' or '!'))
            {
                continue;
            }

            int end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '”' or '’' or ')')
            {
                end++;
            }

            if (end + 1 >= paragraph.Length || paragraph[end] != ' ' || !(char.IsUpper(paragraph[end + 1]) || paragraph[end + 1] is '"' or '“'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(paragraph, i))
            {
                continue;
            }

            parts.Add(paragraph[start..end]);
            start = end + 1;
            i = end;
        }

        parts.Add(paragraph[start..]);
        return parts;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        int wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        string word = text[wordStart..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // Initialisms with inner periods: U.S, U.K, U.N (the final period is the one found).
        if (word.Length >= 3 && word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(p => p.Length <= 2))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }
}
