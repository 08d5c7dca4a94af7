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
    /// <summary>The parsing rules' version, derived from this build (<see cref="Storage.ParserVersion"/>), so the web app re-ingests unchanged seeds whenever parsing changes.</summary>
    public static string ParserVersion => Storage.ParserVersion.Current;

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

    /// <summary>The seed files of a folder (everything but the manifest, READMEs and hidden files), sorted by name.</summary>
    public static IReadOnlyList<string> SeedPaths(string seedsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        if (!Directory.Exists(seedsDirectory))
        {
            throw new SeedFormatException(seedsDirectory, 0, "the seeds folder does not exist");
        }

        return Directory.GetFiles(seedsDirectory)
            .Where(p => Path.GetFileName(p) is var n && !n.StartsWith('.') && n != SeedManifest.FileName && !n.StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses and enriches every seed of a folder. Throws <see cref="SeedFormatException"/> on the first bad one.</summary>
    public IReadOnlyList<Edition> ParseSeeds(string seedsDirectory) => ParseSeeds(seedsDirectory, [], []).Editions;

    /// <summary>
    /// Parses every seed, gives each edition its id (keeping the ids the <paramref name="previous"/> database handed
    /// out, see <see cref="Identity.EditionIdentity"/>), then enriches them.
    /// </summary>
    private Identity.IdAssignment ParseSeeds(string seedsDirectory, IReadOnlyList<Identity.PreviousEdition> previous, IReadOnlyList<Identity.EditionAlias> aliases)
    {
        var manifest = SeedManifest.Load(seedsDirectory);
        var paths = SeedPaths(seedsDirectory);
        var parsed = new List<Edition>(paths.Count);
        foreach (string path in paths)
        {
            var file = SeedFile.Load(path);
            parsed.Add(EditionParser.Parse(file, manifest.For(file.FileName)));
        }

        var assignment = Identity.EditionIdentity.Assign(parsed, previous, aliases);
        foreach (string collision in assignment.Collisions)
        {
            _logger.LogWarning("Edition id collision: {Collision}", collision);
        }

        var editions = new List<Edition>(paths.Count);
        for (int i = 0; i < assignment.Editions.Count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var edition = assignment.Editions[i];
            foreach (var enricher in Enrichers)
            {
                edition = enricher.Enrich(edition);
            }

            editions.Add(edition);
            _logger.LogInformation(
                "Parsed {Seed} ({Index}/{Count}) as edition {EditionId}: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
                edition.SourceFile, i + 1, paths.Count, edition.Id, edition.AllSections().Count(),
                edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Paragraph),
                edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Table), edition.Facts.Count, stopwatch.ElapsedMilliseconds);
        }

        return assignment with { Editions = editions };
    }

    /// <summary>
    /// Parses every seed and, only if all of them parse, writes a new database and swaps it in at
    /// <paramref name="databasePath"/>. On any failure the existing database is untouched.
    /// </summary>
    public IngestionSummary Run(string seedsDirectory, string databasePath)
    {
        var stopwatch = Stopwatch.StartNew();
        _logger.LogInformation("Ingesting seeds from {SeedsPath} into {DatabasePath}", seedsDirectory, databasePath);
        var (previous, aliases) = EditionIdHistory.Read(Path.GetFullPath(databasePath), _logger);
        var assignment = ParseSeeds(seedsDirectory, previous, aliases);
        var editions = assignment.Editions;
        var fingerprint = SeedFingerprint.Compute(seedsDirectory);
        new DatabaseBuilder(_loggerFactory.CreateLogger<DatabaseBuilder>(), Writers).Build(databasePath, editions, fingerprint, assignment.Aliases);
        var summary = IngestionSummary.Of(editions, stopwatch.Elapsed);
        _logger.LogInformation(
            "Ingested {Editions} editions: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
            summary.Editions, summary.Sections, summary.Paragraphs, summary.Tables, summary.Facts, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }
}
