using System.Text;

namespace JapanUsRelations.Ingestion.Repair;

/// <summary>
/// Stage 4b, Repair: mends a title damaged by scraping. A trailing "Edit" glued to the last word (a wiki's edit link,
/// "RelationsEdit") is removed, and where the title's letters run together ("Japanunited States") the same words are
/// looked up in the opening text, whose spelling and separators are taken ("Japan–United States relations").
/// </summary>
public static class TitleRepairer
{
    /// <summary>Returns the repaired title and a description of the repair, or the title unchanged and null.</summary>
    public static (string Title, string? Detail) Repair(string title, string openingText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(openingText);
        string repaired = title.Trim();
        var steps = new List<string>();
        if (repaired.Length > 4 && repaired.EndsWith("Edit", StringComparison.Ordinal) && char.IsLower(repaired[^5]))
        {
            repaired = repaired[..^4];
            steps.Add("removed the trailing \"Edit\" link text");
        }

        string key = Letters(repaired);
        string? fromText = FindSpanWithLetters(openingText, key);
        if (fromText is not null && !string.Equals(fromText, repaired, StringComparison.Ordinal) && WordCount(repaired) < WordCount(fromText))
        {
            steps.Add($"restored word separators from the opening sentence (\"{fromText}\")");
            repaired = fromText;
        }

        return steps.Count == 0
            ? (title, null)
            : (repaired, $"Title \"{title}\" repaired to \"{repaired}\": {string.Join("; ", steps)}.");
    }

    private static int WordCount(string text) =>
        System.Text.RegularExpressions.Regex.Count(text, @"[\p{L}\p{N}]+");

    private static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>The shortest span of <paramref name="text"/> starting at a word whose letters equal <paramref name="key"/>.</summary>
    private static string? FindSpanWithLetters(string text, string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        for (int start = 0; start < text.Length; start++)
        {
            if (!char.IsLetterOrDigit(text[start]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            int matched = 0;
            int i = start;
            for (; i < text.Length && matched < key.Length; i++)
            {
                char c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    continue;
                }

                if (char.ToLowerInvariant(c) != key[matched])
                {
                    break;
                }

                matched++;
            }

            if (matched == key.Length && (i == text.Length || !char.IsLetterOrDigit(text[i])))
            {
                return text[start..i];
            }
        }

        return null;
    }
}
