using System.Text;
using System.Text.Encodings.Web;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// A search snippet as runs of plain text and matches. FTS5's <c>snippet()</c>/<c>highlight()</c> mark matches with
/// two control characters; <see cref="Parse"/> splits on them, so seed text is only ever encoded, never trusted.
/// </summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    /// <summary>Start of a match in FTS5 output (<c>char(2)</c> in SQL).</summary>
    public const char Open = JapanUsRelations.Store.SearchIndex.MatchStart;

    /// <summary>End of a match in FTS5 output (<c>char(3)</c> in SQL).</summary>
    public const char Close = JapanUsRelations.Store.SearchIndex.MatchEnd;

    /// <summary>The snippet as plain text.</summary>
    public string Text => string.Concat(Parts.Select(p => p.Text));

    /// <summary>HTML-encoded text with matches in <c>&lt;mark&gt;</c>; safe to insert into a page.</summary>
    public string Html
    {
        get
        {
            var html = new StringBuilder();
            foreach (var part in Parts)
            {
                string encoded = HtmlEncoder.Default.Encode(part.Text);
                html.Append(part.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
            }

            return html.ToString();
        }
    }

    /// <summary>Splits marked text into runs; stray or unbalanced markers are dropped.</summary>
    public static Snippet Parse(string? marked)
    {
        var parts = new List<SnippetPart>();
        var run = new StringBuilder();
        bool inMatch = false;
        foreach (char c in marked ?? "")
        {
            if (c is Open or Close)
            {
                Flush();
                inMatch = c == Open;
                continue;
            }

            run.Append(c);
        }

        Flush();
        return new Snippet(parts);

        void Flush()
        {
            if (run.Length > 0)
            {
                parts.Add(new SnippetPart(run.ToString(), inMatch));
                run.Clear();
            }
        }
    }
}
