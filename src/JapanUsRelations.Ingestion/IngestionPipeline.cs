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

    private IngestionPipeline(
        ILoggerFactory loggerFactory, IReadOnlyList<IEditionEnricher> enrichers, IReadOnlyList<IEditionTableWriter> writers, IReadOnlyList<ICorpusTableWriter> corpusWriters)
    {
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<IngestionPipeline>();
        Enrichers = enrichers;
        Writers = writers;
        CorpusWriters = corpusWriters;
    }

    /// <summary>The enrichment stages, in the order they run.</summary>
    public IReadOnlyList<IEditionEnricher> Enrichers { get; }

    /// <summary>The table writers that run after the core <see cref="EditionWriter"/>, in order.</summary>
    public IReadOnlyList<IEditionTableWriter> Writers { get; }

    /// <summary>The stages that run once over every written edition (lineage…), after <see cref="Writers"/>, in order.</summary>
    public IReadOnlyList<ICorpusTableWriter> CorpusWriters { get; }

    /// <summary>
    /// The fingerprint a database this pipeline builds from <paramref name="seedsDirectory"/> records: the seeds, the
    /// manifest, the parser version and the corpus stages' versions (<see cref="SeedFingerprint"/>).
    /// </summary>
    public string Fingerprint(string seedsDirectory) => SeedFingerprint.Compute(seedsDirectory, string.Join("+", CorpusWriters.Select(w => w.Version)));

    /// <summary>
    /// This pipeline with <paramref name="writer"/> run after its corpus writers. The app's composition root adds the
    /// stages Ingestion cannot know (lineage, which needs the comparison engine).
    /// </summary>
    public IngestionPipeline With(ICorpusTableWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new IngestionPipeline(_loggerFactory, Enrichers, Writers, [.. CorpusWriters, writer]);
    }

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
        return new IngestionPipeline(loggerFactory, enrichers, writers, []);
    }

    /// <summary>The seed files of a folder (regular files only; not the manifest, READMEs or hidden files), sorted by name.</summary>
    public static IReadOnlyList<string> SeedPaths(string seedsDirectory) => SeedFolder.Scan(seedsDirectory).Seeds;

    /// <summary>
    /// Parses and enriches every seed of a folder, on every core (each seed is independent; ids are given
    /// afterwards, in file-name order, so the result does not depend on timing). Throws
    /// <see cref="SeedFormatException"/> for the first bad seed in file-name order. <paramref name="progress"/> hears
    /// the number of seeds parsed so far (from any thread).
    /// </summary>
    public IReadOnlyList<Edition> ParseSeeds(string seedsDirectory, IProgress<int>? progress = null) => ParseSeeds(SeedFolder.Scan(seedsDirectory), [], [], progress).Editions;

    /// <summary>
    /// As <see cref="ParseSeeds(string, IProgress{int})"/>, giving each edition its id after every seed parsed:
    /// the ids the <paramref name="previous"/> database handed out are kept (see <see cref="Identity.EditionIdentity"/>).
    /// </summary>
    private Identity.IdAssignment ParseSeeds(
        SeedFolder folder, IReadOnlyList<Identity.PreviousEdition> previous, IReadOnlyList<Identity.EditionAlias> aliases, IProgress<int>? progress)
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
        var files = new SeedFile?[paths.Count];
        var parsed = new Edition?[paths.Count];
        var failures = new Exception?[paths.Count];
        var elapsed = new long[paths.Count];
        int done = 0;
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                var file = Load(paths[i]);
                files[i] = file;
                parsed[i] = SeedGuard.Run(file, () => EditionParser.Parse(file, manifest.For(file.FileName)));
            }
            catch (Exception e)
            {
                failures[i] = e;
                state.Break();
            }

            elapsed[i] = Stopwatch.GetTimestamp() - start;
            progress?.Report(Interlocked.Increment(ref done));
        });
        if (Array.FindIndex(failures, f => f is not null) is var bad and >= 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failures[bad]!).Throw();
        }

        var assignment = Identity.EditionIdentity.Assign(parsed.Select(p => p!).ToList(), previous, aliases);
        foreach (string collision in assignment.Collisions)
        {
            _logger.LogWarning("Edition id collision: {Collision}", collision);
        }

        var editions = assignment.Editions.ToArray();

        try
        {
            Parallel.For(0, editions.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                long start = Stopwatch.GetTimestamp();
                editions[i] = SeedGuard.Run(files[i]!, () => Enrichers.Aggregate(editions[i], (edition, enricher) => enricher.Enrich(edition)));

                elapsed[i] += Stopwatch.GetTimestamp() - start;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            for (int i = 0; i < editions.Length; i++)
            {
                var edition = editions[i];
                _logger.LogInformation(
                    "Parsed {Seed} ({Index}/{Count}) as edition {EditionId}: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
                    Path.GetFileName(paths[i]), i + 1, paths.Count, edition.Id, edition.AllSections().Count(),
                    edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Paragraph),
                    edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Table), edition.Facts.Count, (long)Stopwatch.GetElapsedTime(0, elapsed[i]).TotalMilliseconds);
            }
        }

        return assignment with { Editions = editions };
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
    public IngestionSummary Run(string seedsDirectory, string databasePath, IProgress<int>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        _logger.LogInformation("Ingesting seeds from {SeedsPath} into {DatabasePath}", seedsDirectory, databasePath);
        var folder = SeedFolder.Scan(seedsDirectory);
        var (previous, aliases) = EditionIdHistory.Read(Path.GetFullPath(databasePath), _logger);
        var assignment = ParseSeeds(folder, previous, aliases, progress);
        var editions = assignment.Editions;
        var parsedAt = stopwatch.Elapsed;
        var fingerprint = Fingerprint(seedsDirectory);
        new DatabaseBuilder(_loggerFactory.CreateLogger<DatabaseBuilder>(), Writers, CorpusWriters).Build(databasePath, editions, fingerprint, assignment.Aliases);
        _logger.LogInformation("Stages: read, parse and enrich {ParseMs} ms; fingerprint and store {StoreMs} ms",
            (long)parsedAt.TotalMilliseconds, (long)(stopwatch.Elapsed - parsedAt).TotalMilliseconds);
        var summary = IngestionSummary.Of(editions, stopwatch.Elapsed) with { Skipped = folder.Skipped };
        _logger.LogInformation(
            "Ingested {Editions} editions: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
            summary.Editions, summary.Sections, summary.Paragraphs, summary.Tables, summary.Facts, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }
}
