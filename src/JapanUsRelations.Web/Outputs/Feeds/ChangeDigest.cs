using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>
/// A comparison as a feed entry's HTML: the "what changed" summary (share of words new or reworded, words and
/// paragraphs added, removed, reworded, moved), then the changes only, section by section, each changed paragraph
/// whole with its deletions and insertions marked (the unchanged words around them are the context).
/// </summary>
public static class ChangeDigest
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The digest of every change of <paramref name="view"/> that <paramref name="touches"/> selects.</summary>
    public static string Html(ComparisonView view, Func<BlockComparison, bool> touches)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(touches);
        var html = new StringBuilder();
        html.Append("<p>").Append(Encoder.Encode(Summary(view))).Append(" <a href=\"")
            .Append(Encoder.Encode(Urls.Compare(view.Left.Id, view.Right.Id))).Append("\">The whole comparison</a>.</p>");
        var sections = ChangedSections.Of(view, touches);
        foreach (var (section, changes) in sections)
        {
            html.Append("<h3>").Append(Encoder.Encode(ChangedSections.Heading(section))).Append("</h3>");
            foreach (var block in changes)
            {
                html.Append("<p><strong>").Append(Encoder.Encode(ChangedSections.Label(view, block))).Append("</strong> · <a href=\"")
                    .Append(Encoder.Encode(Urls.Compare(view.Left.Id, view.Right.Id, CompareIds.Entry(block)))).Append("\">in the comparison</a></p>");
                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                DiffMarkup.Inline(block, showTypography: false).WriteTo(writer, Encoder);
                html.Append(writer);
            }
        }

        if (sections.Count == 0)
        {
            html.Append("<p>No paragraph changed here.</p>");
        }

        return html.ToString();
    }

    /// <summary>"What changed from November 5, 2024 to February 5, 2026: 31% of the words are new or reworded; …".</summary>
    public static string Summary(ComparisonView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var s = view.Comparison.Summary;
        return string.Create(CultureInfo.InvariantCulture,
            $"What changed from {EditionDisplay.Date(view.Left)} to {EditionDisplay.Date(view.Right)}: {view.Comparison.ChangedShare:P0} of the newer edition's words are new or reworded; "
            + $"{s.WordsAdded} {(s.WordsAdded == 1 ? "word" : "words")} added and {s.WordsRemoved} removed; paragraphs: {s.ParagraphsAdded} added, {s.ParagraphsRemoved} removed, "
            + $"{s.ParagraphsChanged + s.ParagraphsSplit + s.ParagraphsMerged} reworded, {s.ParagraphsMoved} moved.");
    }
}
