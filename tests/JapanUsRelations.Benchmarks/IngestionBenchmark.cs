using System.Diagnostics;
using System.Globalization;
using JapanUsRelations.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// <c>ingest CORPUS_DIR [--runs N]</c>: in one process, alternating, times (1) the floor: read every file of the
/// folder and insert its blank-line paragraphs into an FTS5 table in one transaction (same tokenizer and pragmas as
/// the real store), and (2) the whole ingestion (<see cref="IngestionPipeline.Run"/>: parse, enrich, store, swap),
/// after one warm-up of each, each run with a new pipeline (nothing remembered from the run before); also times
/// parsing alone, so store = whole - parse. Prints medians, the ratio and the peak working set.
/// </summary>
internal static class IngestionBenchmark
{
    public static async Task<int> RunAsync(string corpus, int runs)
    {
        string work = Path.Combine(Path.GetTempPath(), "jur-ingest-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var floor = await Measurement.RunAsync("Floor: read files + FTS5 insert of their paragraphs, one transaction", 1, runs, () =>
            {
                Floor(corpus, Path.Combine(work, "floor-" + Guid.NewGuid().ToString("N") + ".db"));
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            var parse = await Measurement.RunAsync("Read, parse, facts, topics (IngestionPipeline.ParseSeeds), no store", 1, runs, () =>
            {
                IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(corpus);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            var full = await Measurement.RunAsync("Whole ingestion in process (parse, facts, topics, store, swap)", 1, runs, () =>
            {
                string db = Path.Combine(work, "full-" + Guid.NewGuid().ToString("N") + ".db");
                IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(corpus, db);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            var stages = Stages(corpus, work);
            int files = IngestionPipeline.SeedPaths(corpus).Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus {corpus}: {files} files, {IngestionPipeline.SeedPaths(corpus).Sum(p => new FileInfo(p).Length) / 1024} KB; {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
            Console.WriteLine();
            Console.WriteLine("| What | Runs | Median ms | p95 ms | Min ms | Max ms |");
            Console.WriteLine("|------|-----:|----------:|-------:|-------:|-------:|");
            Console.WriteLine(floor.Row());
            Console.WriteLine(parse.Row());
            Console.WriteLine(full.Row());
            Console.WriteLine();
            Console.WriteLine("Stages, one core, one run after the runs above (ms): " + string.Join(", ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Milliseconds:0}"))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio whole / floor (medians): {full.Median / floor.Median:0.0}x; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Each stage alone on one core, in order: parse (stages 1–5), topics, facts, store.</summary>
    private static List<(string Name, double Milliseconds)> Stages(string corpus, string work)
    {
        var result = new List<(string, double)>();
        var manifest = JapanUsRelations.Ingestion.Manifest.SeedManifest.Load(corpus);
        var files = IngestionPipeline.SeedPaths(corpus).Select(JapanUsRelations.Ingestion.Reading.SeedFile.Load).ToList();
        long start = Stopwatch.GetTimestamp();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var editions = files.Select(f => EditionParser.Parse(f, manifest.For(f.FileName))).Select(e => e with { Id = JapanUsRelations.Ingestion.Structure.Slugger.Unique(e.Id, ids) }).ToList();
        result.Add(("parse (read→structure)", Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        var pipeline = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);
        foreach (var enricher in pipeline.Enrichers)
        {
            start = Stopwatch.GetTimestamp();
            editions = editions.Select(enricher.Enrich).ToList();
            result.Add((enricher.Name, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }

        // The store with the core writer only, then adding each table writer in turn: the differences are each writer's cost.
        for (int writers = 0; writers <= pipeline.Writers.Count; writers++)
        {
            start = Stopwatch.GetTimestamp();
            new JapanUsRelations.Ingestion.Storage.DatabaseBuilder(NullLogger<JapanUsRelations.Ingestion.Storage.DatabaseBuilder>.Instance, pipeline.Writers.Take(writers).ToList())
                .Build(Path.Combine(work, $"stages-{writers}.db"), editions, "benchmark");
            string name = writers == 0 ? "store core" : "+" + pipeline.Writers[writers - 1].GetType().Name;
            result.Add((name, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }
        return result;
    }

    private static void Floor(string corpus, string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = """
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;
                CREATE VIRTUAL TABLE paragraph USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
                """;
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO paragraph (text) VALUES ($text)";
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        foreach (string path in IngestionPipeline.SeedPaths(corpus))
        {
            foreach (string paragraph in File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                text.Value = paragraph;
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }
}
