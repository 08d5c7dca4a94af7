using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JapanUsRelations.Ingestion.Html;

/// <summary>
/// Turns the inline content of an HTML element into the seed markup every other stage reads: text escaped so that
/// Markdig shows every character as written, bold/italic/superscript/subscript as bare allow-listed tags, line
/// breaks as <c>&lt;br&gt;</c>, and links to http(s) targets as Markdown links. Layout features it repairs, none of
/// which changes a word: whitespace runs (source indentation, line ends) read as one space; words cut into several
/// spans join up again (<c>&lt;span&gt;M&lt;/span&gt;&lt;span&gt;embers&lt;/span&gt;</c>); a bold phrase split over
/// several tags reads as one (<c>&lt;strong&gt;Source&lt;/strong&gt;&lt;strong&gt;s:&lt;/strong&gt;</c>); empty
/// tags vanish; spaces at a tag's edge move outside it. Anchors without an http(s) target keep their text only.
/// </summary>
public static partial class HtmlInline
{
    /// <summary>Deepest element nesting read; deeper is an error naming the line (no real product comes near).</summary>
    public const int MaxDepth = 200;

    private const char Open = '\uE000';
    private const char Close = '\uE001';

    /// <summary>The element's inline content as seed markup, whitespace collapsed and trimmed.</summary>
    public static string ToMarkup(INode node, string fileName)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            Append(child, builder, fileName, 0);
        }

        return Finish(builder.ToString());
    }

    /// <summary>True when the node holds an image (a figure the product does not reproduce).</summary>
    public static bool HasImage(INode node) => node is IElement element && (element.LocalName == "img" || element.QuerySelector("img") is not null);

    private static void Append(INode node, StringBuilder builder, string fileName, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new SeedFormatException(fileName, HtmlSource.LineOf(node), $"HTML nested deeper than {MaxDepth} elements");
        }

        if (node is IText text)
        {
            builder.Append(Escape(text.Data));
            return;
        }

        if (node is not IElement element)
        {
            return; // comments, processing instructions
        }

        string name = element.LocalName;
        if (HtmlSource.IsHidden(name) || name == "img")
        {
            return;
        }

        if (name == "br")
        {
            builder.Append(Open).Append("br").Append(Close);
            return;
        }

        string? tag = name switch
        {
            "b" or "strong" => "b",
            "i" or "em" => "i",
            "sup" => "sup",
            "sub" => "sub",
            _ => null,
        };
        bool block = HtmlSource.IsBlock(name);
        if (block)
        {
            builder.Append(' ');
        }

        if (name == "a" && element.GetAttribute("href") is { } href && Inline.InlineMarkup.IsWebLink(href))
        {
            var inner = new StringBuilder();
            foreach (var child in element.ChildNodes)
            {
                Append(child, inner, fileName, depth + 1);
            }

            string raw = Whitespace().Replace(inner.ToString(), " ");
            string label = Finish(raw, keepPlaceholders: true);
            if (raw.StartsWith(' '))
            {
                builder.Append(' '); // a space at the link's edge belongs to the text around it ("extends </a>to")
            }

            if (label.Length > 0)
            {
                builder.Append('[').Append(label).Append("](<").Append(LinkTarget(href)).Append(">)");
            }

            if (raw.EndsWith(' ') && raw.Length > 1)
            {
                builder.Append(' ');
            }

            return;
        }

        if (tag is not null)
        {
            builder.Append(Open).Append(tag).Append(Close);
        }

        foreach (var child in element.ChildNodes)
        {
            Append(child, builder, fileName, depth + 1);
        }

        if (tag is not null)
        {
            builder.Append(Open).Append('/').Append(tag).Append(Close);
        }

        if (block)
        {
            builder.Append(' ');
        }
    }

    /// <summary>
    /// Backslash-escapes what Markdig would read as markup (emphasis, code, links, raw HTML, entities, escapes), so
    /// the text shows exactly as written; the placeholder characters of this class are not text.
    /// </summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is Open or Close)
            {
                builder.Append('\uFFFD');
            }
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '!' or '#' or '|' or '~')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string LinkTarget(string href) =>
        href.Trim().Replace(" ", "%20", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("\\", "%5C", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>Tidies the placeholder tags (merge, drop empty, move edge spaces out), collapses whitespace, emits tags.</summary>
    private static string Finish(string markup, bool keepPlaceholders = false)
    {
        string current = Whitespace().Replace(markup, " ");
        string previous;
        do
        {
            previous = current;
            current = AdjacentPair().Replace(current, m => m.Groups["space"].Value); // </b><b> and </b> <b>: one phrase
            current = EmptyPair().Replace(current, m => m.Groups["space"].Value);    // <b></b>, <b> </b>
            current = LeadingSpace().Replace(current, m => " " + m.Groups["tag"].Value);
            current = TrailingSpace().Replace(current, m => m.Groups["tag"].Value + " ");
            current = Whitespace().Replace(current, " ");
        }
        while (!string.Equals(previous, current, StringComparison.Ordinal));

        current = current.Trim();
        if (keepPlaceholders)
        {
            return current;
        }

        current = EscapeLineStart(current);
        return current.Replace(Open, '<').Replace(Close, '>');
    }

    /// <summary>Text that would open a Markdown block ("1. ", "- ", "+ ", "= ") is escaped so it stays a paragraph.</summary>
    private static string EscapeLineStart(string markup)
    {
        var match = LineStart().Match(markup);
        return match.Success ? markup.Insert(match.Groups["mark"].Index, "\\") : markup;
    }

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("\uE000/(?<t>b|i|sup|sub)\uE001(?<space> ?)\uE000\\k<t>\uE001")]
    private static partial Regex AdjacentPair();

    [GeneratedRegex("\uE000(?<t>b|i|sup|sub)\uE001(?<space> ?)\uE000/\\k<t>\uE001")]
    private static partial Regex EmptyPair();

    [GeneratedRegex("(?<tag>\uE000(?:b|i|sup|sub)\uE001) ")]
    private static partial Regex LeadingSpace();

    [GeneratedRegex(" (?<tag>\uE000/(?:b|i|sup|sub)\uE001)")]
    private static partial Regex TrailingSpace();

    [GeneratedRegex(@"^(?:\d{1,9}(?<mark>[.)])(?:\s|$)|(?<mark>[-+=])(?:\s|$))")]
    private static partial Regex LineStart();
}
