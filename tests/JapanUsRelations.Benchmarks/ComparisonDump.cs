using System.Globalization;
using JapanUsRelations.Comparison;

namespace JapanUsRelations.Benchmarks;

/// <summary>Prints a comparison's alignment, one line a section and a block, for tuning thresholds by eye.</summary>
internal static class ComparisonDump
{
    public static void Print(EditionComparison c)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.OlderId} -> {c.NewerId}: changed share {c.ChangedShare:P1}, {c.Summary}"));
        foreach (var s in c.Sections)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{s.Status}] {s.Older?.Heading ?? s.Older?.Slug ?? "-"} => {s.Newer?.Heading ?? s.Newer?.Slug ?? "-"}  score {s.Similarity:F2} (h {s.HeadingSimilarity:F2}, c {s.ContentSimilarity:F2})"));
            foreach (var b in s.Blocks)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {b.Status,-9} {string.Join("+", b.Older.Select(p => p.Anchor)),-7} -> {string.Join("+", b.Newer.Select(p => p.Anchor)),-7} sim {b.Similarity:F2} +{b.Summary.WordsAdded}/-{b.Summary.WordsRemoved}"));
            }

            foreach (var m in s.MovedAway)
            {
                Console.WriteLine($"    moved away {m.From.Anchor} -> {m.To.SectionSlug}#{m.To.Anchor} at {m.Position}");
            }
        }
    }
}
