using System.Net;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Facts;

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
}
