using BenchmarkDotNet.Attributes;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Manifest;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Benchmarks.Suites;

/// <summary>Ingestion per stage on the real seeds: parse one seed (stages 1–5), topics and facts of one edition, store all five.</summary>
[MemoryDiagnoser]
public class IngestionStageBenchmarks
{
    private SeedFile _seed = null!;
    private ManifestEntry? _manifest;
    private Edition _parsed = null!;
    private IReadOnlyList<Edition> _all = null!;
    private string _work = null!;

    [GlobalSetup]
    public void Setup()
    {
        string seeds = RepositoryPaths.Seeds();
        _seed = SeedFile.Load(Path.Combine(seeds, "2026-02-05-crs-in-focus-if10199.txt"));
        _manifest = SeedManifest.Load(seeds).For(_seed.FileName);
        _parsed = EditionParser.Parse(_seed, _manifest);
        _all = IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(seeds);
        _work = Path.Combine(Path.GetTempPath(), "jur-bdn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Benchmark(Description = "parse 2026-02-05 (read→structure)")]
    public Edition Parse() => EditionParser.Parse(_seed, _manifest);

    // New enrichers each call: nothing remembered from the call before (the memo would make repeats free).
    [Benchmark(Description = "topics of 2026-02-05")]
    public Edition Topics() => new TopicsEnricher().Enrich(_parsed);

    [Benchmark(Description = "facts of 2026-02-05")]
    public Edition Facts() => new FactsEnricher().Enrich(_parsed);

    [Benchmark(Description = "store 5 seed editions (new file, swap)")]
    public void Store() => new DatabaseBuilder(NullLogger<DatabaseBuilder>.Instance, IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Writers)
        .Build(Path.Combine(_work, "editions.db"), _all, "benchmark");
}
