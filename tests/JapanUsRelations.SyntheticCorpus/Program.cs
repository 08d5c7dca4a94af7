using System.Globalization;
using JapanUsRelations.SyntheticCorpus;

// dotnet run --project tests/JapanUsRelations.SyntheticCorpus -c Release -- OUT_DIR [--editions 1000] [--seed 12] [--include-seeds] [--base FILE]...
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: OUT_DIR [--editions N] [--seed N] [--first-date YYYY-MM-DD] [--include-seeds] [--base SEED_FILE]...");
    return 2;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var bases = args.Select((a, i) => (a, i)).Where(p => p.a == "--base" && p.i + 1 < args.Length).Select(p => Path.GetFullPath(args[p.i + 1])).ToList();
var options = new CorpusOptions
{
    Editions = int.Parse(Option("--editions") ?? "100", CultureInfo.InvariantCulture),
    Seed = int.Parse(Option("--seed") ?? "12", CultureInfo.InvariantCulture),
    FirstDate = Option("--first-date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2026, 3, 1),
    IncludeSeeds = args.Contains("--include-seeds", StringComparer.Ordinal),
    Bases = bases,
};
string seeds = RepositoryRoot.Seeds();
var editions = CorpusGenerator.Generate(seeds, args[0], options);
var kinds = editions.SelectMany(e => e.Changes).GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
Console.WriteLine($"Wrote {editions.Count} editions to {Path.GetFullPath(args[0])} (seed {options.Seed}): {string.Join(", ", kinds)}");
return 0;
