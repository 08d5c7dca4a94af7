using System.Text;
using System.Text.Encodings.Web;
using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// Writes word operations as HTML: every text HTML-encoded, changes in <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> (never
/// colour alone), typography-only differences plain unless asked for, one paragraph per block with its permalink.
/// </summary>
public static class DiffMarkup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>One side's paragraphs of an entry: the older side shows deletions, the newer side insertions.</summary>
    public static IHtmlContent Side(string editionId, BlockComparison block, ComparisonSide side, bool showTypography)
    {
        ArgumentNullException.ThrowIfNull(block);
        var places = side == ComparisonSide.Older ? block.Older : block.Newer;
        if (places.Count == 0)
        {
            return HtmlString.Empty;
        }

        var own = side == ComparisonSide.Older ? WordOperationKind.Delete : WordOperationKind.Insert;
        string tag = side == ComparisonSide.Older ? "del" : "ins";
        var html = new StringBuilder();
        int k = 0;
        Open(html, places[k]);
        foreach (var op in block.Operations)
        {
            if (op.Kind == WordOperationKind.Break && op.Side == side)
            {
                Close(html, editionId, places[k]);
                Open(html, places[++k]);
            }
            else if (op.Kind == WordOperationKind.Equal || (op.Kind == own && op.IsTypographyOnly && !showTypography))
            {
                html.Append(Encoder.Encode(op.Text));
            }
            else if (op.Kind == own)
            {
                Mark(html, tag, op);
            }
        }

        Close(html, editionId, places[k]);
        return new HtmlString(html.ToString());
    }

    /// <summary>An entry in one column: equal text once, deletions and insertions where they happen.</summary>
    public static IHtmlContent Inline(BlockComparison block, bool showTypography)
    {
        ArgumentNullException.ThrowIfNull(block);
        var html = new StringBuilder("<p class=\"cmp-para\">");
        foreach (var op in block.Operations)
        {
            switch (op.Kind)
            {
                case WordOperationKind.Equal:
                    html.Append(Encoder.Encode(op.Text));
                    break;
                case WordOperationKind.Break:
                    html.Append("<span class=\"cmp-break\">[").Append(op.Side == ComparisonSide.Older ? "older paragraph ends" : "newer paragraph ends").Append("]</span> ");
                    break;
                case WordOperationKind.Delete when op.IsTypographyOnly && !showTypography:
                    break;
                case WordOperationKind.Insert when op.IsTypographyOnly && !showTypography:
                    html.Append(Encoder.Encode(op.Text));
                    break;
                default:
                    Mark(html, op.Kind == WordOperationKind.Delete ? "del" : "ins", op);
                    break;
            }
        }

        return new HtmlString(html.Append("</p>").ToString());
    }

    /// <summary>A line's operations inline (a table's caption, units or source): deletions struck, insertions underlined.</summary>
    public static IHtmlContent Ops(IReadOnlyList<WordOperation> operations, bool showTypography)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var html = new StringBuilder();
        foreach (var op in operations)
        {
            if (op.Kind == WordOperationKind.Equal || (op.Kind == WordOperationKind.Insert && op.IsTypographyOnly && !showTypography))
            {
                html.Append(Encoder.Encode(op.Text));
            }
            else if (op.Kind is WordOperationKind.Insert or WordOperationKind.Delete && (showTypography || !op.IsTypographyOnly))
            {
                Mark(html, op.Kind == WordOperationKind.Delete ? "del" : "ins", op);
            }
        }

        return new HtmlString(html.ToString());
    }

    private static void Mark(StringBuilder html, string tag, WordOperation op)
    {
        html.Append('<').Append(tag);
        if (op.IsTypographyOnly)
        {
            html.Append(" class=\"typo\" title=\"typography only\"");
        }

        html.Append('>').Append(Encoder.Encode(op.Text)).Append("</").Append(tag).Append('>');
    }

    private static void Open(StringBuilder html, BlockPlace place) =>
        html.Append("<p class=\"cmp-para\" data-anchor=\"").Append(Encoder.Encode(place.Anchor)).Append("\">");

    private static void Close(StringBuilder html, string editionId, BlockPlace place) =>
        html.Append(" <a class=\"permalink\" href=\"").Append(Encoder.Encode(Urls.Block(editionId, place.SectionSlug, place.Anchor)))
            .Append("\">").Append(Encoder.Encode(place.Anchor))
            .Append("<span class=\"visually-hidden\">: this paragraph in its edition</span></a></p>");
}
