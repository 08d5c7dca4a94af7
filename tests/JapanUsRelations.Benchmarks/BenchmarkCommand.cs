using System.Globalization;
using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks;

/// <summary>Command line: <c>dump OLDER NEWER</c> prints a comparison; <c>run [--url URL]</c> runs the benchmarks.</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string seeds = RepositoryPaths.Seeds();
        var editions = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(seeds);
        if (args.Length == 3 && args[0] == "dump")
        {
            Dump(EditionComparer.Compare(Find(editions, args[1]), Find(editions, args[2])));
            return 0;
        }

        if (args.Length == 4 && args[0] == "dump")
        {
            double t = double.Parse(args[3], CultureInfo.InvariantCulture);
            Dump(EditionComparer.Compare(Find(editions, args[1]), Find(editions, args[2]), new ComparisonOptions { ChangeThreshold = t }));
            return 0;
        }

        await Task.CompletedTask.ConfigureAwait(false);
        return 0;
    }

    private static Edition Find(IReadOnlyList<Edition> editions, string id) => editions.Single(e => e.Id == id);

    private static void Dump(EditionComparison c)
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
