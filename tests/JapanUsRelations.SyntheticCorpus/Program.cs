using System.Globalization;
using JapanUsRelations.SyntheticCorpus;

// dotnet run --project tests/JapanUsRelations.SyntheticCorpus -c Release -- OUT_DIR [--editions 1000] [--reports 50] [--seed 12] [--include-seeds] [--base FILE]... [--corpus DIR] [--changes]
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: OUT_DIR [--editions N] [--reports N] [--seed N] [--first-date YYYY-MM-DD] [--include-seeds] [--base SEED_FILE]... [--corpus HTML_DIR] [--changes]");
    return 2;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
// --base FILE (a seed or an HTML product) and --corpus DIR (every HTML product in it), in the order given.
var bases = args.Select((a, i) => (a, i)).Where(p => p.a is "--base" or "--corpus" && p.i + 1 < args.Length)
    .SelectMany(p => p.a == "--base" ? [Path.GetFullPath(args[p.i + 1])] : Directory.GetFiles(args[p.i + 1], "*.html").Order(StringComparer.Ordinal).Select(Path.GetFullPath))
    .ToList();
var options = new CorpusOptions
{
    Editions = int.Parse(Option("--editions") ?? "100", CultureInfo.InvariantCulture),
    Reports = int.Parse(Option("--reports") ?? "0", CultureInfo.InvariantCulture),
    Seed = int.Parse(Option("--seed") ?? "12", CultureInfo.InvariantCulture),
    FirstDate = Option("--first-date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2026, 3, 1),
    IncludeSeeds = args.Contains("--include-seeds", StringComparer.Ordinal),
    Bases = bases,
};
string seeds = RepositoryRoot.Seeds();
var editions = CorpusGenerator.Generate(seeds, args[0], options);
var kinds = editions.SelectMany(e => e.Changes).GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
if (args.Contains("--changes", StringComparer.Ordinal))
{
    foreach (var edition in editions)
    {
        Console.WriteLine($"{edition.FileName}: {string.Join("; ", edition.Changes.Select(c => $"{c.Kind} [{c.Before}] -> [{c.After}]"))}");
    }
}

string reports = options.Reports > 0 ? $" of {options.Reports} reports" : "";
Console.WriteLine($"Wrote {editions.Count} editions{reports} to {Path.GetFullPath(args[0])} (seed {options.Seed}): {string.Join(", ", kinds)}");
return 0;
