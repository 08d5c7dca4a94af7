using System.Buffers;
using System.Text;

namespace JapanUsRelations.Ingestion.Inline;

/// <summary>
/// HTML that is only text: no tag, and no character reference but the few Markdig and the sanitiser's serialiser
/// write (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c>, and <c>&amp;nbsp;</c> in sanitised HTML).
/// Most paragraphs of a report are such text, and for them parsing a DOM gives nothing a reader could tell apart from
/// this shortcut: HtmlSanitizer would parse the text into one text node and serialise it again (escaping only
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and a no-break space), and the reading text is the text node's content.
/// Anything else (a tag, another reference, a carriage return or NUL, which the HTML parser rewrites) answers false,
/// and the caller parses as before.
/// </summary>
internal static class PlainHtml
{
    // What makes HTML more than text to an HTML parser, or what its serialiser writes differently.
    private static readonly SearchValues<char> Special = SearchValues.Create("<&\r\0\u00A0");

    /// <summary>
    /// What the sanitiser makes of <paramref name="html"/> (Markdig's rendering of a paragraph) when it is only text:
    /// the same text, with <c>&amp;quot;</c> written as <c>"</c> (the serialiser does not escape quotes in text).
    /// </summary>
    public static bool TrySanitised(string html, out string sanitised) => TryRewrite(html, reading: false, out sanitised);

    /// <summary>The text of <paramref name="html"/> (sanitised HTML, <c>&lt;br&gt;</c> already made line breaks) when it is only text: its references decoded.</summary>
    public static bool TryText(string html, out string text) => TryRewrite(html, reading: true, out text);

    // Copies the HTML, each special character kept, replaced, or refused (false): for the reading text every known
    // reference is decoded and a no-break space kept; for the sanitiser only &quot; becomes '"', the others stay
    // escaped, and a raw no-break space (which it would write as &nbsp;) is refused.
    private static bool TryRewrite(string html, bool reading, out string result)
    {
        ArgumentNullException.ThrowIfNull(html);
        result = html;
        int at = html.AsSpan().IndexOfAny(Special);
        if (at < 0)
        {
            return true;
        }

        var rewritten = new StringBuilder(html.Length);
        int copied = 0;
        for (; at >= 0; at = Next(html, at))
        {
            if (html[at] == '\u00A0' && reading)
            {
                continue;
            }

            string reference = html[at] == '&' ? Reference(html, at) : "";
            char? replacement = (reference, reading) switch
            {
                ("&quot;", _) => '"',
                ("&amp;" or "&lt;" or "&gt;", false) => null,
                ("&amp;", true) => '&',
                ("&lt;", true) => '<',
                ("&gt;", true) => '>',
                ("&nbsp;", true) => '\u00A0',
                _ => '\0',
            };
            if (replacement == '\0')
            {
                return false;
            }

            if (replacement is { } c)
            {
                rewritten.Append(html, copied, at - copied).Append(c);
                copied = at + reference.Length;
            }
        }

        result = rewritten.Append(html, copied, html.Length - copied).ToString();
        return true;
    }

    private static int Next(string html, int at)
    {
        int next = html.AsSpan(at + 1).IndexOfAny(Special);
        return next < 0 ? -1 : at + 1 + next;
    }

    // The reference starting at html[at] ('&') up to its ';', or "" when none of the known ones.
    private static string Reference(string html, int at)
    {
        foreach (string known in (ReadOnlySpan<string>)["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;"])
        {
            if (string.CompareOrdinal(html, at, known, 0, known.Length) == 0)
            {
                return known;
            }
        }

        return "";
    }
}
