using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace JapanUsRelations.Ingestion.Inline;

/// <summary>
/// Turns a block's source markup (<c>**bold**</c>, <c>\$</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>, trailing-space line
/// breaks) into allow-listed HTML and into plain reading text. Raw HTML is never passed through: Markdig escapes it,
/// then only bare allow-listed tags (<c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>…) are restored, and HtmlSanitizer checks
/// the result. A <c>&lt;script&gt;</c> in a seed therefore shows up as visible, inert text. Links keep their target
/// only when it is an absolute http(s) URL, and always carry <c>rel="nofollow noopener"</c>.
/// Both renderings are pure functions of their input; inside <see cref="RememberRenderings"/> (an ingestion run) each
/// distinct input is rendered once (see <see cref="RenderingMemo"/>).
/// </summary>
public static partial class InlineMarkup
{
    /// <summary>The inline tags a seed may use; everything else is shown as text.</summary>
    public static IReadOnlySet<string> AllowedTags { get; } = new HashSet<string>(StringComparer.Ordinal) { "b", "strong", "i", "em", "sup", "sub", "br" };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly HtmlParser Parser = new();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    // The memo of the ingestion run this thread works for (it flows into Parallel.For's workers with the execution context).
    private static readonly AsyncLocal<RenderingMemo?> Memo = new();

    /// <summary>
    /// Until the result is disposed, <see cref="ToHtml"/>, <see cref="HtmlToText"/> and <see cref="ToText"/> called
    /// from this flow of execution (and the tasks it starts) remember their results: successive editions repeat most
    /// paragraphs word for word, and the parser renders a block's markup several times (classify, structure).
    /// </summary>
    public static IDisposable RememberRenderings()
    {
        var outer = Memo.Value;
        Memo.Value = new RenderingMemo();
        return new MemoScope(outer);
    }

    /// <summary>Sanitised inline HTML for the markup (no enclosing <c>&lt;p&gt;</c>).</summary>
    public static string ToHtml(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        return Memo.Value is { } memo ? memo.Html(markup, m => RenderHtml(m)) : RenderHtml(markup);
    }

    /// <summary>The rendering of <see cref="ToHtml"/>, not remembered; <paramref name="shortcut"/> false always sanitises through a DOM (tests compare the two).</summary>
    internal static string RenderHtml(string markup, bool shortcut = true)
    {
        var document = Markdown.Parse(markup, Pipeline);
        string html;
        if (document.Count == 1 && document[0] is ParagraphBlock paragraph && paragraph.Inline is not null)
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.WriteChildren(paragraph.Inline);
            writer.Flush();
            html = writer.ToString();
        }
        else
        {
            // Not a plain paragraph to Markdig (e.g. starts like a list item): keep every character as text.
            html = System.Net.WebUtility.HtmlEncode(markup);
        }

        // Restore allow-listed tags only as matched, attribute-free pairs; anything else stays visible text.
        string previous;
        do
        {
            previous = html;
            html = EscapedAllowedPair().Replace(html, m => AllowedTags.Contains(m.Groups["tag"].Value.ToLowerInvariant())
                ? $"<{m.Groups["tag"].Value.ToLowerInvariant()}>{m.Groups["inner"].Value}</{m.Groups["tag"].Value.ToLowerInvariant()}>"
                : m.Value);
        }
        while (!string.Equals(previous, html, StringComparison.Ordinal));
        html = EscapedBreak().Replace(html, "<br>");
        // Text without tags comes out of the sanitiser as it went in (see PlainHtml): no DOM for most paragraphs.
        return (shortcut && PlainHtml.TrySanitised(html, out string plain) ? plain : Sanitizer.Sanitize(html)).Trim();
    }

    /// <summary>The reading text of sanitised HTML: markup gone, words and punctuation untouched.</summary>
    public static string HtmlToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Memo.Value is { } memo ? memo.Text(html, h => RenderText(h)) : RenderText(html);
    }

    /// <summary>The reading text of <see cref="HtmlToText"/>, not remembered; <paramref name="shortcut"/> false always parses a DOM (tests compare the two).</summary>
    internal static string RenderText(string html, bool shortcut = true)
    {
        if (shortcut && PlainHtml.TryText(html.Replace("<br>", "\n", StringComparison.Ordinal), out string plain))
        {
            return plain.Trim();
        }

        using var fragment = Parser.ParseDocument("<body>" + html.Replace("<br>", "\n", StringComparison.Ordinal) + "</body>");
        return fragment.Body!.TextContent.Trim();
    }

    /// <summary>The reading text of source markup.</summary>
    public static string ToText(string markup) => HtmlToText(ToHtml(markup));

    /// <summary>True for an absolute http or https URL: the only link targets pages show.</summary>
    public static bool IsWebLink(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        return Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in AllowedTags)
        {
            sanitizer.AllowedTags.Add(tag);
        }

        // Links (Markdown [text](url), or HTML a href turned into that by the HTML reader): http(s) targets only.
        sanitizer.AllowedTags.Add("a");
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.UriAttributes.Clear();
        sanitizer.UriAttributes.Add("href");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.KeepChildNodes = true;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                string? href = link.GetAttribute("href");
                if (href is null || !IsWebLink(href))
                {
                    link.RemoveAttribute("href");
                }
                else
                {
                    link.SetAttribute("rel", "nofollow noopener");
                }
            }
        };
        return sanitizer;
    }

    private sealed class MemoScope(RenderingMemo? outer) : IDisposable
    {
        public void Dispose() => Memo.Value = outer;
    }

    [GeneratedRegex("&lt;(?<tag>[A-Za-z]+)&gt;(?<inner>(?:(?!&lt;/?\\k<tag>&gt;).)*?)&lt;/\\k<tag>&gt;", RegexOptions.Singleline)]
    private static partial Regex EscapedAllowedPair();

    [GeneratedRegex("&lt;br\\s*/?&gt;", RegexOptions.IgnoreCase)]
    private static partial Regex EscapedBreak();
}
