using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// An independent reading of a provider HTML file's words, for checking the served text word for word. It shares
/// nothing with the parser: AngleSharp's DOM, the first two text blocks taken as the masthead (title; date and
/// number), then every word of the body in document order, block elements separating words and inline elements
/// (<c>a</c>, <c>span</c>, <c>strong</c>, <c>sup</c>…) joining them, so "<c>Counter-d</c>" + "<c>rone</c>" reads
/// "Counter-drone". Images carry no words. The one reading rule it applies is the run-in head's: a paragraph's
/// leading bold phrase ending in "." or ":" (or ".&quot;") is read without that final mark, since the edition
/// shows it as a heading; "Source:" and "Note:" labels keep theirs.
/// </summary>
public static partial class ReferenceText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "caption", "blockquote", "br", "img", "figure", "figcaption", "section", "article", "header", "footer",
    };

    /// <summary>The masthead's two blocks (title, then date and report number), whitespace collapsed.</summary>
    public static (string Title, string Dateline) Masthead(string html)
    {
        var blocks = MastheadBlocks(Parse(html));
        return (Collapse(blocks[0].TextContent), Collapse(blocks[1].TextContent));
    }

    /// <summary>Every word of the body after the masthead, in reading order.</summary>
    public static IReadOnlyList<string> BodyWords(string html)
    {
        var document = Parse(html);
        foreach (var block in MastheadBlocks(document))
        {
            block.Remove();
        }

        var text = new StringBuilder();
        Append(document.Body!, text);
        return Words(text.ToString());
    }

    /// <summary>Splits text into words at whitespace runs.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<IElement> MastheadBlocks(IDocument document)
    {
        // A leaf block: a block element with text and no block element inside it.
        var leaves = document.Body!.Descendants<IElement>()
            .Where(e => BlockTags.Contains(e.LocalName) && !string.IsNullOrWhiteSpace(e.TextContent) && !e.Descendants<IElement>().Any(d => BlockTags.Contains(d.LocalName)))
            .Take(2).ToList();
        if (leaves.Count < 2 || !Dateline().IsMatch(Collapse(leaves[1].TextContent)))
        {
            throw new InvalidOperationException("reference reader: no masthead (title block, then a date and report number block)");
        }

        return leaves;
    }

    private static void Append(INode node, StringBuilder text)
    {
        if (node is IText t)
        {
            text.Append(t.Data);
            return;
        }

        if (node is not IElement element)
        {
            foreach (var child in node.ChildNodes)
            {
                Append(child, text);
            }

            return;
        }

        if (element.LocalName is "script" or "style" or "template")
        {
            return;
        }

        bool block = BlockTags.Contains(element.LocalName);
        if (block)
        {
            text.Append(' ');
        }

        if (element.LocalName == "p" && RunInPhrase(element) is { } phrase)
        {
            text.Append(phrase.Heading).Append(' ');
            foreach (var child in element.ChildNodes.Skip(phrase.Nodes))
            {
                Append(child, text);
            }
        }
        else
        {
            foreach (var child in element.ChildNodes)
            {
                Append(child, text);
            }
        }

        if (block)
        {
            text.Append(' ');
        }
    }

    private static (string Heading, int Nodes)? RunInPhrase(IElement paragraph)
    {
        var bold = new StringBuilder();
        int n = 0;
        foreach (var child in paragraph.ChildNodes)
        {
            if (child is IElement { LocalName: "strong" or "b" } e)
            {
                bold.Append(e.TextContent);
            }
            else if (!(child is IText text && string.IsNullOrWhiteSpace(text.Data) && bold.Length == 0))
            {
                break;
            }

            n++;
        }

        string phrase = Collapse(bold.ToString());
        string rest = string.Concat(paragraph.ChildNodes.Skip(n).Select(c => c.TextContent));
        if (phrase.Length == 0 || string.IsNullOrWhiteSpace(rest) || Label().IsMatch(phrase))
        {
            return null;
        }

        if (phrase.EndsWith(".\"", StringComparison.Ordinal))
        {
            return (phrase[..^2] + "\"", n);
        }

        return phrase[^1] is '.' or ':' ? (phrase[..^1], n) : null;
    }

    private static string Collapse(string s) => string.Join(' ', Words(s));

    [GeneratedRegex(@"^(Updated\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*\((IF|IN|R|RL|RS|LSB)\d+\)$")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(Sources?|Notes?):$")]
    private static partial Regex Label();
}
