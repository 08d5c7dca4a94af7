using System.Diagnostics;
using System.Globalization;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Inline;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// <c>ingest CORPUS_DIR [--runs N]</c>: in one process, alternating, times (1) the floor: read every file of the
/// folder and insert its blank-line paragraphs into an FTS5 table in one transaction (same tokenizer and pragmas as
/// the real store), and (2) the whole ingestion (<see cref="IngestionPipeline.Run"/>: parse, enrich, store, swap),
/// after one warm-up of each, each run with a new pipeline (nothing remembered from the run before); also times
/// parsing alone, so store = whole - parse; the three take turns. Prints medians (wall and processor time), the
/// ratios and the peak working set.
/// </summary>
internal static class IngestionBenchmark
{
    public static async Task<int> RunAsync(string corpus, int runs)
    {
        string work = Path.Combine(Path.GetTempPath(), "jur-ingest-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            // Taking turns (floor, parse, whole; floor, parse, whole; …) so all three meet the same load.
            var measured = Measurement.Alternate(
                1,
                runs,
                ("Floor: read files + FTS5 insert of their paragraphs, one transaction", () => Floor(corpus, Path.Combine(work, "floor-" + Guid.NewGuid().ToString("N") + ".db"))),
                ("Read, parse, facts, topics (IngestionPipeline.ParseSeeds), no store", () => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(corpus)),
                ("Whole ingestion in process (parse, facts, topics, store, swap)", () =>
                {
                    string db = Path.Combine(work, "full-" + Guid.NewGuid().ToString("N") + ".db");
                    IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(corpus, db);
                }));
            var (floor, parse, full) = (measured[0], measured[1], measured[2]);
            var stages = Stages(corpus, work);
            int files = IngestionPipeline.SeedPaths(corpus).Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus {corpus}: {files} files, {IngestionPipeline.SeedPaths(corpus).Sum(p => new FileInfo(p).Length) / 1024} KB; {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
            Console.WriteLine();
            Console.WriteLine(Measurement.Header);
            Console.WriteLine(floor.Row());
            Console.WriteLine(parse.Row());
            Console.WriteLine(full.Row());
            Console.WriteLine();
            Console.WriteLine("Stages, one core, one run after the runs above (wall ms / CPU ms): " + string.Join(", ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Milliseconds:0}/{s.Cpu:0}"))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio whole / floor (medians): {full.Median / floor.Median:0.0}x wall, {full.MedianCpu / floor.MedianCpu:0.0}x CPU; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Each stage alone on one core, in order: parse (stages 1–5, remembering inline renderings as the pipeline does),
    /// topics, facts, store; wall and processor milliseconds.
    /// </summary>
    private static List<(string Name, double Milliseconds, double Cpu)> Stages(string corpus, string work)
    {
        var result = new List<(string, double, double)>();
        var manifest = JapanUsRelations.Ingestion.Manifest.SeedManifest.Load(corpus);
        var files = IngestionPipeline.SeedPaths(corpus).Select(JapanUsRelations.Ingestion.Reading.SeedFile.Load).ToList();
        List<JapanUsRelations.Ingestion.Model.Edition> editions = [];
        result.Add(Timed("parse (read→structure)", () =>
        {
            using var renderings = InlineMarkup.RememberRenderings();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            editions = files.Select(f => EditionParser.Parse(f, manifest.For(f.FileName))).Select(e => e with { Id = JapanUsRelations.Ingestion.Structure.Slugger.Unique(e.Id, ids) }).ToList();
        }));
        var pipeline = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);
        foreach (var enricher in pipeline.Enrichers)
        {
            result.Add(Timed(enricher.Name, () => editions = editions.Select(enricher.Enrich).ToList()));
        }

        // The store with the core writer only, then adding each table writer in turn: the differences are each writer's cost.
        for (int writers = 0; writers <= pipeline.Writers.Count; writers++)
        {
            string name = writers == 0 ? "store core" : "+" + pipeline.Writers[writers - 1].GetType().Name;
            int count = writers;
            result.Add(Timed(name, () => new JapanUsRelations.Ingestion.Storage.DatabaseBuilder(NullLogger<JapanUsRelations.Ingestion.Storage.DatabaseBuilder>.Instance, pipeline.Writers.Take(count).ToList())
                .Build(Path.Combine(work, $"stages-{count}.db"), editions, "benchmark")));
        }

        return result;
    }

    private static (string Name, double Milliseconds, double Cpu) Timed(string name, Action action)
    {
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        action();
        return (name, Stopwatch.GetElapsedTime(start).TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
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
