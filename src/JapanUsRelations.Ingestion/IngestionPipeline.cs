using System.Diagnostics;
using JapanUsRelations.Ingestion.Enrichment;
using JapanUsRelations.Ingestion.Manifest;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Ingestion;

/// <summary>
/// The whole ingestion, composed in one place: every seed through <see cref="EditionParser"/> (Read → Block →
/// Classify → Repair → Structure), then the enrichers (facts, topics…), then <see cref="DatabaseBuilder"/> writes one
/// new database file and swaps it in. Built once, then used as is.
/// </summary>
public sealed class IngestionPipeline
{
    /// <summary>Bumped whenever parsing changes output, so the web app re-ingests unchanged seeds.</summary>
    public const string ParserVersion = "3";

    private readonly ILogger<IngestionPipeline> _logger;
    private readonly ILoggerFactory _loggerFactory;

    private IngestionPipeline(ILoggerFactory loggerFactory, IReadOnlyList<IEditionEnricher> enrichers, IReadOnlyList<IEditionTableWriter> writers)
    {
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<IngestionPipeline>();
        Enrichers = enrichers;
        Writers = writers;
    }

    /// <summary>The enrichment stages, in the order they run.</summary>
    public IReadOnlyList<IEditionEnricher> Enrichers { get; }

    /// <summary>The table writers that run after the core <see cref="EditionWriter"/>, in order.</summary>
    public IReadOnlyList<IEditionTableWriter> Writers { get; }

    /// <summary>The standard pipeline: every enricher and writer the product has.</summary>
    public static IngestionPipeline CreateDefault(ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        IEditionEnricher[] enrichers =
        [
            new Enrichment.Topics.TopicsEnricher(),
            new Enrichment.Facts.FactsEnricher(),
        ];
        IEditionTableWriter[] writers =
        [
            new SearchIndexWriter(),
            new Enrichment.Topics.TopicWriter(),
            new Enrichment.Facts.FactWriter(),
        ];
        return new IngestionPipeline(loggerFactory, enrichers, writers);
    }

    /// <summary>The seed files of a folder (regular files only; not the manifest, READMEs or hidden files), sorted by name.</summary>
    public static IReadOnlyList<string> SeedPaths(string seedsDirectory) => SeedFolder.Scan(seedsDirectory).Seeds;

    /// <summary>Parses and enriches every seed of a folder. Throws <see cref="SeedFormatException"/> on the first bad one.</summary>
    public IReadOnlyList<Edition> ParseSeeds(string seedsDirectory) => ParseSeeds(SeedFolder.Scan(seedsDirectory));

    private IReadOnlyList<Edition> ParseSeeds(SeedFolder folder)
    {
        foreach (var skipped in folder.Skipped)
        {
            _logger.LogWarning("Skipped {File} in the seeds folder: {Reason}", skipped.Name, skipped.Reason);
        }

        if (folder.Seeds.Count == 0)
        {
            throw new SeedFormatException(folder.Directory, 0, "the seeds folder holds no seed files; refusing to replace the database with an empty one (the database is kept)");
        }

        var manifest = SeedManifest.Load(folder.Directory);
        var paths = folder.Seeds;
        var editions = new List<Edition>(paths.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < paths.Count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var file = Load(paths[i]);
            var edition = SeedGuard.Run(file, () =>
            {
                var parsed = EditionParser.Parse(file, manifest.For(file.FileName));
                parsed = parsed with { Id = Structure.Slugger.Unique(parsed.Id, ids) };
                foreach (var enricher in Enrichers)
                {
                    parsed = enricher.Enrich(parsed);
                }

                return parsed;
            });

            editions.Add(edition);
            _logger.LogInformation(
                "Parsed {Seed} ({Index}/{Count}) as edition {EditionId}: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
                file.FileName, i + 1, paths.Count, edition.Id, edition.AllSections().Count(),
                edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Paragraph),
                edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Table), edition.Facts.Count, stopwatch.ElapsedMilliseconds);
        }

        return editions;
    }

    // Reads a seed's bytes, refusing one over the size limit before reading it.
    private static SeedFile Load(string path)
    {
        string name = Path.GetFileName(path);
        SeedLimits.Default.CheckSize(name, new FileInfo(path).Length);
        try
        {
            return SeedFile.Load(path);
        }
        catch (IOException e)
        {
            throw new SeedFormatException(name, 0, $"could not be read ({e.Message})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SeedFormatException(name, 0, $"could not be read ({e.Message})", e);
        }
    }

    /// <summary>
    /// Parses every seed and, only if all of them parse, writes a new database and swaps it in at
    /// <paramref name="databasePath"/>. On any failure the existing database is untouched.
    /// </summary>
    public IngestionSummary Run(string seedsDirectory, string databasePath)
    {
        var stopwatch = Stopwatch.StartNew();
        _logger.LogInformation("Ingesting seeds from {SeedsPath} into {DatabasePath}", seedsDirectory, databasePath);
        var folder = SeedFolder.Scan(seedsDirectory);
        var editions = ParseSeeds(folder);
        var fingerprint = SeedFingerprint.Compute(seedsDirectory);
        new DatabaseBuilder(_loggerFactory.CreateLogger<DatabaseBuilder>(), Writers).Build(databasePath, editions, fingerprint);
        var summary = IngestionSummary.Of(editions, stopwatch.Elapsed) with { Skipped = folder.Skipped };
        _logger.LogInformation(
            "Ingested {Editions} editions: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
            summary.Editions, summary.Sections, summary.Paragraphs, summary.Tables, summary.Facts, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }
}
