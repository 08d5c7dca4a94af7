using System.Text;
using System.Text.Encodings.Web;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Facts;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>The HTML of feed entries that are not a whole comparison: a fact's value before and now, and a report's first edition.</summary>
public static class FactDigest
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The fact as the earlier edition stated it (deleted) and as the later one states it (inserted), each with its sentence.</summary>
    public static string Html(string label, FactCell before, FactCell now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var html = new StringBuilder("<p>").Append(Encoder.Encode(label)).Append(": ");
        html.Append(before.Main is { } b ? $"<del>{Encoder.Encode(b.Fact.Text)}</del>" : "not stated")
            .Append(" in ").Append(Encoder.Encode(EditionDisplay.Date(before.Edition))).Append(" → ")
            .Append(now.Main is { } n ? $"<ins>{Encoder.Encode(n.Fact.Text)}</ins>" : "not stated")
            .Append(" in ").Append(Encoder.Encode(EditionDisplay.Date(now.Edition))).Append(".</p>");
        Quote(html, before);
        Quote(html, now);
        return html.ToString();
    }

    /// <summary>A report's first edition: nothing earlier to compare with.</summary>
    public static string FirstEdition(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return $"<p>The first edition of “{Encoder.Encode(edition.Title)}” here ({Encoder.Encode(EditionDisplay.Date(edition))}, "
            + $"{Encoder.Encode(edition.Publisher)}): no earlier edition of this report to compare with. "
            + $"<a href=\"{Encoder.Encode(Urls.Edition(edition.Id))}\">Read the edition</a>.</p>";
    }

    private static void Quote(StringBuilder html, FactCell cell)
    {
        if (cell.Main is { } fact)
        {
            html.Append("<blockquote><p>").Append(Encoder.Encode(fact.Fact.Quote)).Append("</p><p>— <a href=\"")
                .Append(Encoder.Encode(Urls.Block(fact.Edition.Id, fact.Section.Slug, fact.Fact.BlockAnchor))).Append("\">")
                .Append(Encoder.Encode(EditionDisplay.Label(fact.Edition))).Append("</a></p></blockquote>");
        }
    }
}
