using AngleSharp.Dom;

namespace JapanUsRelations.Ingestion.Html;

/// <summary>What the HTML reader needs to know about elements: which hold blocks, which are never shown, where they stand.</summary>
internal static class HtmlSource
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "caption",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "head", "title", "meta", "link", "iframe", "object", "embed",
        "svg", "math", "canvas", "video", "audio", "button", "input", "select", "textarea", "map", "base",
    };

    /// <summary>Elements that start a new block (their text never runs into the text around them).</summary>
    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    /// <summary>Elements a reader never sees as text (scripts, styles, the head, embedded objects, form controls).</summary>
    public static bool IsHidden(string localName) => Hidden.Contains(localName);

    /// <summary>The 1-based source line where a node starts (1 when unknown).</summary>
    public static int LineOf(INode node)
    {
        for (INode? current = node; current is not null; current = current.Parent)
        {
            if (current is IElement { SourceReference: { } reference })
            {
                return Math.Max(1, reference.Position.Line);
            }
        }

        return 1;
    }
}
