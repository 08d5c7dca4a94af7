using System.Diagnostics;
using System.Globalization;
using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// <c>run [--url http://127.0.0.1:PORT] [--iterations N]</c>: times (1) comparing every ordered pair of seed
/// editions, (2) GET /compare/2024-11-05/2026-02-05 against a running site, (3) <c>git diff --no-index
/// --word-diff</c> of the same two seed files, all in one run, and prints a Markdown table.
/// <c>dump OLDER NEWER [changeThreshold]</c> prints one comparison's alignment.
/// </summary>
internal static class BenchmarkCommand
{
    private const string ComparePath = "/compare/2024-11-05/2026-02-05";

    public static async Task<int> RunAsync(string[] args)
    {
        string seeds = RepositoryPaths.Seeds();
        var editions = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(seeds);
        if (args.Length >= 3 && args[0] == "dump")
        {
            var options = args.Length == 4 ? new ComparisonOptions { ChangeThreshold = double.Parse(args[3], CultureInfo.InvariantCulture) } : null;
            ComparisonDump.Print(EditionComparer.Compare(Find(editions, args[1]), Find(editions, args[2]), options));
            return 0;
        }

        if (args.Length == 0 || args[0] != "run")
        {
            Console.Error.WriteLine("usage: run [--url http://127.0.0.1:5000] [--iterations 50] | dump OLDER NEWER [changeThreshold]");
            return 2;
        }

        string? url = Option(args, "--url");
        int n = int.Parse(Option(args, "--iterations") ?? "50", CultureInfo.InvariantCulture);
        var results = new List<Measurement>();
        var pairs = editions.SelectMany(a => editions.Where(b => b != a).Select(b => (a, b))).ToList();
        results.Add(await Measurement.RunAsync($"Compare all {pairs.Count} ordered pairs of seed editions (engine, in process)", 3, n, () =>
        {
            foreach (var (a, b) in pairs)
            {
                EditionComparer.Compare(a, b);
            }

            return Task.CompletedTask;
        }).ConfigureAwait(false));
        var older = Find(editions, "2024-11-05");
        var newer = Find(editions, "2026-02-05");
        results.Add(await Measurement.RunAsync("Compare 2024-11-05 → 2026-02-05 (engine, in process)", 3, n * 4, () =>
        {
            EditionComparer.Compare(older, newer);
            return Task.CompletedTask;
        }).ConfigureAwait(false));

        if (url is not null)
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            foreach (var path in new[] { ComparePath, "/api" + ComparePath })
            {
                results.Add(await Measurement.RunAsync($"GET {path} (running site, sequential, cached comparison)", 5, n * 4, async () =>
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                }).ConfigureAwait(false));
            }
        }

        string olderFile = Path.Combine(seeds, older.SourceFile);
        string newerFile = Path.Combine(seeds, newer.SourceFile);
        results.Add(await Measurement.RunAsync("git diff --no-index --word-diff (same two seed files, process start included)", 3, n, () => GitWordDiffAsync(olderFile, newerFile)).ConfigureAwait(false));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger" : "no debugger")}."));
        Console.WriteLine();
        Console.WriteLine(Measurement.Header);
        foreach (var r in results)
        {
            Console.WriteLine(r.Row());
        }

        return 0;
    }

    private static async Task GitWordDiffAsync(string olderFile, string newerFile)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "diff", "--no-index", "--word-diff", "--no-color", olderFile, newerFile })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"git diff exited with {process.ExitCode}");
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static Edition Find(IReadOnlyList<Edition> editions, string id) => editions.Single(e => e.Id == id);
}
