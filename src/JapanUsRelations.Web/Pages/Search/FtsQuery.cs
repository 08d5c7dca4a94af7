using System.Text;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The fallback for a query FTS5 cannot parse: each whitespace-separated term quoted as a phrase.</summary>
public static class FtsQuery
{
    /// <summary>
    /// <c>AND "Futenma</c> → <c>"AND" "Futenma"</c>; a trailing <c>*</c> stays a prefix (<c>"counter" *</c>). Quotes
    /// are removed from terms. Null when no term has a letter or digit (<c>"</c>, <c>*</c>, <c>()</c>).
    /// </summary>
    public static string? AsPhrases(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phrases = new List<string>();
        foreach (string token in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string term = token.Replace("\"", "", StringComparison.Ordinal);
            bool prefix = term.EndsWith('*');
            term = term.Trim('*', '(', ')', '^', ':', '+', '-');
            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            phrases.Add(new StringBuilder("\"").Append(term).Append('"').Append(prefix ? " *" : "").ToString());
        }

        return phrases.Count == 0 ? null : string.Join(' ', phrases);
    }
}
