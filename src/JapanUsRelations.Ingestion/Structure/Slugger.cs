using System.Text;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>Deterministic URL slugs: "Japan's Political Situation" → <c>japans-political-situation</c>.</summary>
public static class Slugger
{
    /// <summary>Slug of a heading or title: lower case ASCII letters and digits joined by single hyphens.</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool hyphen = false;
        foreach (char raw in text.Normalize(NormalizationForm.FormD))
        {
            if (raw is '\'' or '’' or '.' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(raw) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char c = char.ToLowerInvariant(raw);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (hyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(c);
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return sb.Length == 0 ? "section" : sb.ToString();
    }

    /// <summary>The slug, made unique against <paramref name="taken"/> with -2, -3…; records it as taken.</summary>
    public static string Unique(string slug, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        string candidate = slug;
        for (int n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
