using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// Writes a paragraph's history line as HTML: its clauses joined by "; ", each link after a dash, every text
/// encoded; the clause about the newest edition in <c>span.para-latest</c> (the forward notice repeats it).
/// </summary>
public static class HistoryLineMarkup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The line, ending with a full stop.</summary>
    public static IHtmlContent Render(PassageHistory passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return Render(passage.Parts, passage.LatestPart);
    }

    /// <summary>A line of clauses (a sentence's history), ending with a full stop; <paramref name="latest"/>, if one of them, in <c>span.para-latest</c>.</summary>
    public static IHtmlContent Render(IReadOnlyList<HistoryLinePart> parts, HistoryLinePart? latest = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var html = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            html.Append(i == 0 ? "" : "; ").Append(ReferenceEquals(part, latest) ? "<span class=\"para-latest\">" : "<span>");
            Clause(html, part, part.Text);
            html.Append("</span>");
        }

        return new HtmlString(html.Append('.').ToString());
    }

    /// <summary>One clause as the start of a sentence (the notice on a cited paragraph), without its full stop.</summary>
    public static IHtmlContent Sentence(HistoryLinePart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var html = new StringBuilder();
        Clause(html, part, part.Sentence);
        return new HtmlString(html.ToString());
    }

    private static void Clause(StringBuilder html, HistoryLinePart part, string text)
    {
        html.Append(Encoder.Encode(text));
        if (part.Url is { } url)
        {
            html.Append(" — <a href=\"").Append(Encoder.Encode(url)).Append("\">").Append(Encoder.Encode(part.LinkText ?? url)).Append("</a>");
        }
    }
}
