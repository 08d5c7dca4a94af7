using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Outputs.Feeds;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Exports;

/// <summary>
/// A comparison as one standalone HTML file for a memo: styles inline, no scripts, both editions named with links to
/// them, the "what changed" summary, then the changed entries by section with <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c>
/// and a source link to each paragraph. Every seed text is HTML-encoded; every link is absolute.
/// </summary>
public static class StandaloneHtml
{
    private const string Style =
        "body{font:11pt/1.5 Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}"
        + "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #999}"
        + "del{background:#fde2e2;text-decoration:line-through}ins{background:#dcf5dc;text-decoration:underline}"
        + ".meta{color:#444;font-size:.9em}.cmp-break{color:#444;font-style:italic}a{color:#1a4f8b}"
        + "@page{margin:18mm 16mm;@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages)}}"
        + "@media print{body{margin:0;max-width:none}a{color:#000}h2{break-after:avoid}}";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The document.</summary>
    public static string Write(ComparisonExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var view = export.View;
        string title = $"What changed from {EditionDisplay.Date(view.Left)} to {EditionDisplay.Date(view.Right)}";
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(Encoder.Encode(title)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>").Append(Encoder.Encode(title)).Append("</h1>\n");
        Edition(html, export, "From", view.Left);
        Edition(html, export, "To", view.Right);
        html.Append("<p>").Append(Encoder.Encode(ChangeDigest.Summary(view))).Append("</p>\n<p class=\"meta\">Exported from ");
        Link(html, export.Absolute(Urls.Compare(view.Left.Id, view.Right.Id)), export.Absolute(Urls.Compare(view.Left.Id, view.Right.Id)));
        html.Append(". Deletions are struck through, insertions underlined; typography-only differences are not marked.</p>\n</header>\n<main>\n");
        foreach (var (section, changes) in ChangedSections.Of(view, _ => true))
        {
            html.Append("<section>\n<h2>").Append(Encoder.Encode(ChangedSections.Heading(section))).Append("</h2>\n");
            foreach (var block in changes)
            {
                var (editionId, slug, anchor) = ChangedSections.Source(view, block);
                var edition = editionId == view.Right.Id ? view.Right : view.Left;
                html.Append("<p class=\"meta\"><strong>").Append(Encoder.Encode(ChangedSections.Label(view, block))).Append("</strong> · source: ");
                Link(html, export.Absolute(Urls.Block(editionId, slug, anchor)), $"{EditionDisplay.Date(edition)}, {anchor}");
                html.Append("</p>\n");
                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                DiffMarkup.Inline(block, showTypography: false).WriteTo(writer, Encoder);
                html.Append(writer).Append('\n');
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Edition(StringBuilder html, ComparisonExport export, string role, Edition edition)
    {
        html.Append("<p>").Append(role).Append(": ");
        Link(html, export.Absolute(Urls.Edition(edition.Id)), EditionDisplay.Label(edition));
        html.Append(" — ").Append(Encoder.Encode(edition.Title)).Append(" (").Append(Encoder.Encode(edition.Publisher))
            .Append(edition.ReportNumber is { } n ? ", " + Encoder.Encode(n) : "").Append("). Source file ")
            .Append(Encoder.Encode(edition.SourceFile)).Append(", SHA-256 <code>").Append(Encoder.Encode(edition.SourceSha256)).Append("</code>.</p>\n");
    }

    private static void Link(StringBuilder html, string href, string text) =>
        html.Append("<a href=\"").Append(Encoder.Encode(href)).Append("\">").Append(Encoder.Encode(text)).Append("</a>");
}
