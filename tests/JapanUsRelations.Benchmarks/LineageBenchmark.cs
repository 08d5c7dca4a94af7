using System.Diagnostics;
using System.Globalization;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Lineage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// <c>lineage CORPUS_DIR [--runs N]</c>: in one process, the whole ingestion without the lineage stage
/// (<see cref="IngestionPipeline.CreateDefault"/>) and with it (<see cref="CorpusIngestion.CreateDefault"/>),
/// alternating (which goes first alternates too), after one warm-up of each, each run with a new pipeline into a
/// new file. Prints each run, the medians, what lineage adds (with − without, and as a share of without) and the
/// database sizes.
/// </summary>
internal static class LineageBenchmark
{
    public static int Run(string corpus, int runs)
    {
        string work = Path.Combine(Path.GetTempPath(), "jur-lineage-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var without = new List<double>();
            var with = new List<double>();
            var cpuWithout = new List<double>();
            var cpuWith = new List<double>();
            long sizeWithout = 0, sizeWith = 0;
            for (int i = -1; i < runs; i++)
            {
                bool plainFirst = i % 2 == 0;
                for (int turn = 0; turn < 2; turn++)
                {
                    bool plain = (turn == 0) == plainFirst;
                    string db = Path.Combine(work, $"{(plain ? "plain" : "lineage")}-{i + 1}.db");
                    var pipeline = plain ? IngestionPipeline.CreateDefault(NullLoggerFactory.Instance) : CorpusIngestion.CreateDefault(NullLoggerFactory.Instance);
                    var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                    long allocatedStart = GC.GetTotalAllocatedBytes(precise: true);
                    int gen0Start = GC.CollectionCount(0), gen1Start = GC.CollectionCount(1), gen2Start = GC.CollectionCount(2);
                    var pauseStart = GC.GetTotalPauseDuration();
                    long start = Stopwatch.GetTimestamp();
                    pipeline.Run(corpus, db);
                    double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;
                    double allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedStart) / 1048576.0;
                    double pause = (GC.GetTotalPauseDuration() - pauseStart).TotalMilliseconds;
                    string collections = $"{GC.CollectionCount(0) - gen0Start}/{GC.CollectionCount(1) - gen1Start}/{GC.CollectionCount(2) - gen2Start}";
                    long size = new FileInfo(db).Length;
                    SqliteConnection.ClearAllPools();
                    File.Delete(db);
                    if (i < 0)
                    {
                        continue; // warm-up
                    }

                    (plain ? without : with).Add(ms);
                    (plain ? cpuWithout : cpuWith).Add(cpu);
                    if (plain)
                    {
                        sizeWithout = size;
                    }
                    else
                    {
                        sizeWith = size;
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1} {(plain ? "without" : "with   ")} lineage: {ms:0} ms wall, {cpu:0} ms CPU, {allocated:0} MB allocated, collections gen0/1/2 {collections}, {pause:0} ms paused"));
                }
            }

            int files = IngestionPipeline.SeedPaths(corpus).Count;
            double a = Median(without), b = Median(with);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus {corpus}: {files} files; {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC"));
            Console.WriteLine();
            double ca = Median(cpuWithout), cb = Median(cpuWith);
            Console.WriteLine("| Ingestion | Runs | Median wall ms | Min ms | Max ms | Median CPU ms | Database MB |");
            Console.WriteLine("|-----------|-----:|---------------:|-------:|-------:|--------------:|------------:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| without lineage | {without.Count} | {a:0} | {without.Min():0} | {without.Max():0} | {ca:0} | {sizeWithout / 1048576.0:0.0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| with lineage | {with.Count} | {b:0} | {with.Min():0} | {with.Max():0} | {cb:0} | {sizeWith / 1048576.0:0.0} |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lineage adds {b - a:0} ms wall = {(b - a) / a:P0} of the ingestion without it (medians; min to min {(with.Min() - without.Min()) / without.Min():P0}); CPU {cb - ca:0} ms = {(cb - ca) / ca:P0}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
