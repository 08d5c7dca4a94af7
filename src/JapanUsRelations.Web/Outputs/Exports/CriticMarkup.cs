using System.Text;
using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Outputs.Feeds;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Exports;

/// <summary>
/// A comparison as Markdown with CriticMarkup: a deletion followed by an insertion is a substitution
/// <c>{~~old~&gt;new~~}</c>, a lone deletion <c>{--old--}</c>, a lone insertion <c>{++new++}</c>; typography-only
/// differences are written as the newer text. Seed text is backslash-escaped wherever Markdown, HTML or CriticMarkup
/// would read it as syntax, so accepting every change gives the newer text and rejecting every change the older.
/// </summary>
public static class CriticMarkup
{
    private const string Special = "\\`*_{}[]<>#|~";

    /// <summary>The document.</summary>
    public static string Write(ComparisonExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var view = export.View;
        var md = new StringBuilder("# ").Append(Escape($"What changed from {EditionDisplay.Date(view.Left)} to {EditionDisplay.Date(view.Right)}")).Append("\n\n");
        Edition(md, export, "From", view.Left);
        md.Append("  \n");
        Edition(md, export, "To", view.Right);
        md.Append("\n\n").Append(Escape(ChangeDigest.Summary(view))).Append("\n\nThe whole comparison: <")
            .Append(export.Absolute(Urls.Compare(view.Left.Id, view.Right.Id))).Append(">\n");
        foreach (var (section, changes) in ChangedSections.Of(view, _ => true))
        {
            md.Append("\n## ").Append(Escape(ChangedSections.Heading(section))).Append('\n');
            foreach (var block in changes)
            {
                var (editionId, slug, anchor) = ChangedSections.Source(view, block);
                md.Append("\n**").Append(Escape(ChangedSections.Label(view, block))).Append("** · [source: ").Append(Escape(anchor)).Append("](")
                    .Append(export.Absolute(Urls.Block(editionId, slug, anchor))).Append(")\n\n").Append(Paragraph(block)).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>One entry's operations in CriticMarkup.</summary>
    public static string Paragraph(BlockComparison block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var md = new StringBuilder();
        string? deleted = null;
        void Flush()
        {
            if (deleted is not null)
            {
                md.Append("{--").Append(Escape(deleted)).Append("--}");
                deleted = null;
            }
        }

        foreach (var op in block.Operations)
        {
            if (op.Kind == WordOperationKind.Delete && !op.IsTypographyOnly)
            {
                deleted = (deleted ?? "") + op.Text;
            }
            else if (op.Kind == WordOperationKind.Insert && !op.IsTypographyOnly)
            {
                md.Append(deleted is null ? "{++" : "{~~" + Escape(deleted) + "~>").Append(Escape(op.Text)).Append(deleted is null ? "++}" : "~~}");
                deleted = null;
            }
            else if (op.Kind != WordOperationKind.Delete)
            {
                Flush();
                md.Append(op.Kind == WordOperationKind.Break ? " ¶ " : Escape(op.Text));
            }
        }

        Flush();
        return md.ToString();
    }

    /// <summary>Text with Markdown, HTML and CriticMarkup syntax characters backslash-escaped and line ends as hard breaks.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var md = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == '\n')
            {
                md.Append("  \n");
            }
            else if (c != '\r')
            {
                md.Append(Special.Contains(c, StringComparison.Ordinal) ? "\\" : "").Append(c);
            }
        }

        return md.ToString();
    }

    private static void Edition(StringBuilder md, ComparisonExport export, string role, Edition edition) =>
        md.Append(role).Append(": [").Append(Escape(EditionDisplay.Label(edition))).Append("](").Append(export.Absolute(Urls.Edition(edition.Id)))
            .Append(") — ").Append(Escape(edition.Title)).Append(" (").Append(Escape(edition.Publisher)).Append("), source file ").Append(Escape(edition.SourceFile));
}
