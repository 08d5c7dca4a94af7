using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JapanUsRelations.Comparison;
using JapanUsRelations.Comparison.Storage;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Lineage;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// <c>chain CORPUS_DIR [--runs N] [--workers W]</c>: the lineage stage's comparison work alone, in process: the
/// corpus parsed once, then each run compares every edition with its predecessor (<see cref="EditionSteps"/>), each
/// report's chain with its own <see cref="EditionChainComparer"/>, and encodes each comparison as it comes
/// (<see cref="ComparisonCodec.Encode"/>), as the lineage stage does (with W workers, each report's pairs go to one worker, reports dealt out in turn): CPU of the process and wall time, the encoding's share timed apart (wall). <c>chain-hash CORPUS_DIR [--all-pairs]</c> prints one SHA-256 over every
/// pair's comparison as JSON (the records, whatever the stored format) and one over the stored bytes
/// (<see cref="ComparisonCodec.Encode"/>), to check that two builds compare and store alike; with
/// <c>--all-pairs</c> every ordered pair of the folder's editions, each compared alone.
/// </summary>
internal static class ChainBenchmark
{
    public static int Run(string corpus, int runs, int workers)
    {
        var editions = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(corpus);
        var pairs = EditionSteps.Of(editions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus {corpus}: {editions.Count} editions, {pairs.Count} pairs, {workers} worker(s), {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        var reportIndex = pairs.Select(p => ReportOf(p.Newer)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select((key, index) => (key, index)).ToDictionary(r => r.key, r => r.index, StringComparer.OrdinalIgnoreCase);
        for (int i = -1; i < runs; i++)
        {
            // As the lineage stage does: each report's chain continues its own comparer (reports' editions interleave),
            // each comparison encoded as it comes and dropped.
            long bytes = 0, encodeTicks = 0;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (wall, cpu) = Timed(() => Parallel.ForEach(
                pairs.Select((p, k) => (p, k)).GroupBy(x => reportIndex[ReportOf(x.p.Newer)] % workers),
                new ParallelOptions { MaxDegreeOfParallelism = workers },
                share =>
                {
                    var chains = new Dictionary<string, EditionChainComparer>(StringComparer.Ordinal);
                    foreach (var ((older, newer), _) in share)
                    {
                        var chain = chains.Remove(older.Id, out var kept) ? kept : new EditionChainComparer();
                        var comparison = chain.Compare(older, newer);
                        chains[newer.Id] = chain;
                        long start = Stopwatch.GetTimestamp();
                        Interlocked.Add(ref bytes, ComparisonCodec.Encode(comparison).Length);
                        Interlocked.Add(ref encodeTicks, Stopwatch.GetTimestamp() - start);
                    }
                }));
            double encode = Stopwatch.GetElapsedTime(0, encodeTicks).TotalMilliseconds;
            double mb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(i < 0 ? "warm-up" : $"run {i + 1}")}: compare + encode {cpu:0} ms CPU ({wall:0} wall) = {cpu / pairs.Count:0.00} ms a pair, of which encoding {encode / pairs.Count:0.00} ms (wall); {bytes / 1024.0 / pairs.Count:0.0} KB stored, {mb * 1024 / pairs.Count:0} KB allocated a pair"));
        }

        return 0;
    }

    public static int Hash(string corpus, bool allPairs)
    {
        var editions = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(corpus);
        var pairs = allPairs ? editions.SelectMany(a => editions.Where(b => b != a).Select(b => (a, b))).ToList() : EditionSteps.Of(editions);
        var compared = new EditionComparison[pairs.Count];
        if (allPairs)
        {
            Parallel.For(0, pairs.Count, k => compared[k] = EditionComparer.Compare(pairs[k].Item1, pairs[k].Item2));
        }
        else
        {
            EditionComparer.CompareEach(pairs, (k, c) => compared[k] = c);
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stored = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var c in compared)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(c)));
            stored.AppendData(ComparisonCodec.Encode(c));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pairs.Count} pairs: {Convert.ToHexString(sha.GetHashAndReset())}, stored {Convert.ToHexString(stored.GetHashAndReset())}"));
        return 0;
    }

    // The chain a pair continues: its newer edition's report (an edition without a report number is its own).
    private static string ReportOf(Ingestion.Model.Edition edition) => edition.ReportKey.Length > 0 ? edition.ReportKey : edition.Id;

    private static (double Wall, double Cpu) Timed(Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        action();
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
