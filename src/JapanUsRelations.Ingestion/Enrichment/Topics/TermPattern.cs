using System.Text;
using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Turns a taxonomy term into the pattern that finds it: whole words only (no letter or digit on either side),
/// case-insensitive; a space or hyphen in the term matches any run of spaces and hyphens ("host nation" finds
/// "host-nation"); an apostrophe matches ' or ’; the last word also matches its plural (+s, +es, y→ies).
/// </summary>
public static class TermPattern
{
    private const string Joiner = @"[\s\-\u2010-\u2014]+";

    // Regexes are immutable and thread-safe: each term's pattern is built once per process, not once per pipeline.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Built = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern for a term (built once per process).</summary>
    public static Regex For(string term)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        return Built.GetOrAdd(term.Trim(), Build);
    }

    private static Regex Build(string phrase)
    {
        // A term starting with a letter or digit starts at a word boundary (\b lets the engine search for the term's
        // first letters directly); any other term must not follow a letter or digit.
        var pattern = new StringBuilder(char.IsLetterOrDigit(phrase[0]) ? @"\b(?<![\p{L}\p{N}])" : @"(?<![\p{L}\p{N}])");
        bool pluralY = phrase.Length > 1 && phrase[^1] is 'y' or 'Y' && !"aeiouAEIOU".Contains(phrase[^2], StringComparison.Ordinal);
        string body = pluralY ? phrase[..^1] : phrase;
        bool joined = false;
        foreach (char c in body)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                if (!joined)
                {
                    pattern.Append(Joiner);
                }

                joined = true;
                continue;
            }

            joined = false;
            pattern.Append(c is '\'' or '\u2019' ? "['\u2019]" : Regex.Escape(c.ToString()));
        }

        if (pluralY)
        {
            pattern.Append("(?:y|ies)");
        }
        else if (char.IsLetter(phrase[^1]))
        {
            pattern.Append("(?:s|es)?");
        }

        pattern.Append(@"(?![\p{L}\p{N}])");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternTimeout.PerMatch);
    }
}
