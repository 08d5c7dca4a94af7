using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// Lays a compared section out in rows: each entry, the departures of blocks that moved away at their place, and,
/// in the changes-only view, unchanged entries more than one away from a change folded into a "hidden" row.
/// </summary>
public static class CompareRows
{
    /// <summary>How many entries either side of a change stay visible in the changes-only view.</summary>
    public const int Context = 1;

    /// <summary>The rows of a section, in reading order.</summary>
    public static IReadOnlyList<CompareRow> Of(ComparisonView view, SectionComparison section, string mode, bool showTypography)
    {
        ArgumentNullException.ThrowIfNull(section);
        var entries = section.Blocks.Select(b => new EntryView(view, b, mode, showTypography)).ToList();
        bool Near(int i) => mode != "changes" || Enumerable.Range(i - Context, 2 * Context + 1).Any(j => j >= 0 && j < entries.Count && entries[j].IsChange);
        var rows = new List<CompareRow>();
        int hidden = 0;
        for (int i = 0; i <= entries.Count; i++)
        {
            rows.AddRange(section.MovedAway.Where(m => m.Position == i).Select(m => new CompareRow(null, m, 0)));
            if (i == entries.Count)
            {
                break;
            }

            if (!Near(i))
            {
                hidden++;
                continue;
            }

            if (hidden > 0)
            {
                rows.Add(new CompareRow(null, null, hidden));
                hidden = 0;
            }

            rows.Add(new CompareRow(entries[i], null, 0));
        }

        if (hidden > 0)
        {
            rows.Add(new CompareRow(null, null, hidden));
        }

        return rows;
    }

    /// <summary>"0.87 (heading 0.90, content 0.85)": how strongly two sections were paired, and from what.</summary>
    public static string Score(SectionComparison section)
    {
        ArgumentNullException.ThrowIfNull(section);
        static string F(double x) => x.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (section.HeadingSimilarity is double h)
        {
            parts.Add("heading " + F(h));
        }

        if (section.ContentSimilarity is double t)
        {
            parts.Add("content " + F(t));
        }

        return F(section.Similarity) + (parts.Count > 0 ? " (" + string.Join(", ", parts) + ")" : "");
    }
}
