using System.Net;
using System.Text.Encodings.Web;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// A paragraph cut into runs of plain text and classified facts, so the section page can mark each fact in place.
/// Only paragraphs without inline markup are cut (their sanitised HTML is their text); others keep their HTML.
/// </summary>
public static class MarkedText
{
    /// <summary>The runs of a paragraph, or null when it has no classified fact or carries inline markup.</summary>
    public static IReadOnlyList<(string Text, StoredFact? Fact)>? Runs(Block block, IReadOnlyList<StoredFact> facts)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(facts);
        var marked = facts.Where(f => f.Fact.Kind is not null && f.Fact.RowLabel is null).OrderBy(f => f.Fact.Offset).ToList();
        if (marked.Count == 0 || block.Html.Contains('<', StringComparison.Ordinal) || WebUtility.HtmlDecode(block.Html).Trim() != block.Text.Trim())
        {
            return null;
        }

        var runs = new List<(string, StoredFact?)>();
        int at = 0;
        foreach (var fact in marked)
        {
            int start = fact.Fact.Offset;
            int end = start + fact.Fact.Text.Length;
            if (start < at || end > block.Text.Length || block.Text[start..end] != fact.Fact.Text)
            {
                continue;
            }

            runs.Add((block.Text[at..start], null));
            runs.Add((fact.Fact.Text, fact));
            at = end;
        }

        runs.Add((block.Text[at..], null));
        return runs;
    }

    /// <summary>The paragraph as HTML: its sanitised HTML as is, or its text encoded with each classified fact marked.</summary>
    public static IHtmlContent Render(Block block, IReadOnlyList<StoredFact> facts, Func<string, string?> labelOf)
    {
        ArgumentNullException.ThrowIfNull(labelOf);
        if (Runs(block, facts) is not { } runs)
        {
            return new HtmlString(block.Html);
        }

        var html = new HtmlContentBuilder();
        foreach (var (text, fact) in runs)
        {
            if (fact is null)
            {
                html.Append(text);
                continue;
            }

            var title = $"Fact: {labelOf(fact.Fact.Kind!)} — {FactDisplay.Normalised(fact)}";
            html.AppendHtml($"<mark class=\"fact-mark\"><a href=\"{HtmlEncoder.Default.Encode(Urls.Fact(fact.Fact.Kind!))}\" title=\"{HtmlEncoder.Default.Encode(title)}\">");
            html.Append(text);
            html.AppendHtml("</a></mark>");
        }

        return html;
    }
}
