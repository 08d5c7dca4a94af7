using System.Globalization;
using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// Words, symbols and classes for section badges and pairing notes: each status has its own symbol and outline as
/// well as its colour, so no reader has to tell red from green.
/// </summary>
public static class CompareBadges
{
    /// <summary>"changed", "unchanged", "subsections changed", "added", "removed", "moved".</summary>
    public static string SectionLabel(SectionComparison s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Status == SectionStatus.Unchanged && s.ChangedBelow ? "subsections changed" : s.Status.ToString().ToLowerInvariant();
    }

    /// <summary>The badge's class suffix.</summary>
    public static string SectionClass(SectionComparison s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Status == SectionStatus.Unchanged && s.ChangedBelow ? "below" : s.Status.ToString().ToLowerInvariant();
    }

    /// <summary>A symbol per status (decorative; the word beside it says the same).</summary>
    public static string SectionSymbol(SectionComparison s) => SectionClass(s) switch
    {
        "unchanged" => "=",
        "below" => "↓",
        "added" => "+",
        "removed" => "−",
        "moved" => "⇄",
        _ => "≠",
    };

    /// <summary>Why two sections sit side by side, in a reader's words, with the scores for those who want them.</summary>
    public static string PairingReason(SectionComparison s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var parts = new List<string>();
        if (s.HeadingSimilarity is double h)
        {
            parts.Add($"headings share {Percent(h)} of their words");
        }

        if (s.ContentSimilarity is double c)
        {
            parts.Add($"texts share {Percent(c)} of their words");
        }

        if (s.SubjectSimilarity is double t)
        {
            parts.Add($"topics agree {Percent(t)}");
        }

        string why = parts.Count == 0 ? "Both are untitled openings" : "Paired because the " + string.Join(", the ", parts);
        return why + $" (score {s.Similarity.ToString("0.00", CultureInfo.InvariantCulture)}; sections pair at 0.35 or more).";
    }

    private static string Percent(double x) => x.ToString("P0", CultureInfo.InvariantCulture);
}
