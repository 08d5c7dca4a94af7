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
            int files = IngestionPipeline.SeedPaths(corpus).Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus {corpus}: {files} files, {IngestionPipeline.SeedPaths(corpus).Sum(p => new FileInfo(p).Length) / 1024} KB; {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
            Console.WriteLine();
            Console.WriteLine("| What | Runs | Median ms | p95 ms | Min ms | Max ms |");
            Console.WriteLine("|------|-----:|----------:|-------:|-------:|-------:|");
            Console.WriteLine(floor.Row());
            Console.WriteLine(parse.Row());
            Console.WriteLine(full.Row());
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio whole / floor (medians): {full.Median / floor.Median:0.0}x; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
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
