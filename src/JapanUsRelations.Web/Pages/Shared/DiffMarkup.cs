using System.Text;
using System.Text.Encodings.Web;
using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace JapanUsRelations.Web.Pages.Shared;

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
        var kinds = Kinds(block);
        Open(html, places[k]);
        for (int i = 0; i < block.Operations.Count; i++)
        {
            var op = block.Operations[i];
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
                Mark(html, tag, op, kinds[i]);
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
        var kinds = Kinds(block);
        for (int i = 0; i < block.Operations.Count; i++)
        {
            var op = block.Operations[i];
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
                    Mark(html, op.Kind == WordOperationKind.Delete ? "del" : "ins", op, kinds[i]);
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
                Mark(html, op.Kind == WordOperationKind.Delete ? "del" : "ins", op, null);
            }
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// The kind of change each operation belongs to: a run of deletions and insertions between equal text (or a
    /// paragraph break) is one of <see cref="BlockComparison.Changes"/>, in order; null for equal text and breaks.
    /// </summary>
    private static ChangeKind?[] Kinds(BlockComparison block)
    {
        var kinds = new ChangeKind?[block.Operations.Count];
        int run = -1;
        bool inRun = false;
        for (int i = 0; i < kinds.Length; i++)
        {
            bool change = block.Operations[i].Kind is WordOperationKind.Insert or WordOperationKind.Delete;
            if (change && !inRun)
            {
                run++;
            }

            inRun = change;
            kinds[i] = change && run < block.Changes.Count ? block.Changes[run].Kind : null;
        }

        return kinds;
    }

    /// <summary>A kind of change in a reader's words, for the mark's tooltip.</summary>
    public static string KindWords(ChangeKind kind) => kind switch
    {
        ChangeKind.NumberOrDate => "number or date updated",
        ChangeKind.Name => "name changed",
        ChangeKind.SentenceAdded => "sentence added",
        ChangeKind.SentenceRemoved => "sentence removed",
        ChangeKind.Typography => "typography only",
        _ => "rewording",
    };

    private static void Mark(StringBuilder html, string tag, WordOperation op, ChangeKind? kind)
    {
        html.Append('<').Append(tag);
        if (op.IsTypographyOnly)
        {
            html.Append(" class=\"typo\" title=\"typography only\"");
        }
        else if (kind is { } k)
        {
            html.Append(" data-kind=\"").Append(k.ToString().ToLowerInvariant()).Append("\" title=\"").Append(KindWords(k)).Append('"');
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
