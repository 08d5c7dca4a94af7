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

    private readonly long _keptSurveyBytes;

    private IngestionPipeline(
        ILoggerFactory loggerFactory, IReadOnlyList<IEditionEnricher> enrichers, IReadOnlyList<IEditionTableWriter> writers, IReadOnlyList<ICorpusTableWriter> corpusWriters,
        long keptSurveyBytes = KeptSurveyBytes)
    {
        _loggerFactory = loggerFactory;
        _keptSurveyBytes = keptSurveyBytes;
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
        return new IngestionPipeline(_loggerFactory, Enrichers, Writers, [.. CorpusWriters, writer], _keptSurveyBytes);
    }

    /// <summary>This pipeline keeping the first pass's graphs of the first <paramref name="bytes"/> of seeds (0: every seed is parsed twice).</summary>
    internal IngestionPipeline KeepingSurvey(long bytes) => new(_loggerFactory, Enrichers, Writers, CorpusWriters, bytes);

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
    public IReadOnlyList<Edition> ParseSeeds(string seedsDirectory, IProgress<int>? progress = null)
    {
        var folder = SeedFolder.Scan(seedsDirectory);
        var manifest = SeedManifest.Load(folder.Directory);
        using var renderings = Inline.InlineMarkup.RememberRenderings();
        var survey = Survey(folder, manifest, [], [], long.MaxValue, progress is null ? null : progress.Report);
        return Stream(survey, manifest).ToList();
    }

    /// <summary>
    /// Seeds whose bytes, counted in file-name order, fit in this budget keep the object graph the survey parsed
    /// until they are written (the first ones written); the others are parsed again when their turn comes. Small
    /// corpora are thus parsed once, large ones hold a bounded number of graphs.
    /// </summary>
    internal const long KeptSurveyBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The first pass: every seed parsed on every core, only to learn its metadata (report, subject, date, kind) and
    /// give each edition its id, in file-name order, keeping the ids the <paramref name="previous"/> database handed
    /// out (see <see cref="Identity.EditionIdentity"/>). Throws <see cref="SeedFormatException"/> for the first seed
    /// in file-name order that does not parse, before anything is written. The graphs are dropped but for the first
    /// <paramref name="keptBytes"/> of seeds.
    /// </summary>
    private SeedSurvey Survey(
        SeedFolder folder, SeedManifest manifest, IReadOnlyList<Identity.PreviousEdition> previous, IReadOnlyList<Identity.EditionAlias> aliases, long keptBytes,
        Action<int>? read = null)
    {
        foreach (var skipped in folder.Skipped)
        {
            _logger.LogWarning("Skipped {File} in the seeds folder: {Reason}", skipped.Name, skipped.Reason);
        }

        if (folder.Seeds.Count == 0)
        {
            throw new SeedFormatException(folder.Directory, 0, "the seeds folder holds no seed files; refusing to replace the database with an empty one (the database is kept)");
        }

        var paths = folder.Seeds;
        var keep = new bool[paths.Count];
        long bytes = 0;
        for (int i = 0; i < paths.Count; i++)
        {
            bytes += new FileInfo(paths[i]).Length;
            keep[i] = bytes <= keptBytes;
        }

        var survey = new SeedSurvey(paths);
        var outlines = new Edition?[paths.Count];
        var failures = new Exception?[paths.Count];
        int done = 0;
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                var file = Load(paths[i]);
                var parsed = SeedGuard.Run(file, () => EditionParser.Parse(file, manifest.For(file.FileName)));
                outlines[i] = parsed with { Authors = [], Sections = [], Notes = [], Repairs = [] };
                if (keep[i])
                {
                    survey.Files[i] = file;
                    survey.Parsed[i] = parsed;
                }
            }
            catch (Exception e)
            {
                failures[i] = e;
                state.Break();
            }

            survey.Elapsed[i] = Stopwatch.GetTimestamp() - start;
            read?.Invoke(Interlocked.Increment(ref done));
        });
        if (Array.FindIndex(failures, f => f is not null) is var bad and >= 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failures[bad]!).Throw();
        }

        survey.Assignment = Identity.EditionIdentity.Assign(outlines.Select(p => p!).ToList(), previous, aliases);
        foreach (string collision in survey.Assignment.Collisions)
        {
            _logger.LogWarning("Edition id collision: {Collision}", collision);
        }

        return survey;
    }

    /// <summary>
    /// The second pass, streamed: each seed, in file-name order, parsed (unless the survey kept it), given its id and
    /// enriched, a few seeds ahead on every core (at most two per core in flight or waiting), yielded in order. A
    /// seed that fails throws when its turn comes, so the first bad seed in file-name order is the one reported.
    /// </summary>
    private IEnumerable<Edition> Stream(SeedSurvey survey, SeedManifest manifest)
    {
        var paths = survey.Paths;
        var outlines = survey.Assignment!.Editions;
        int i = 0;
        foreach (var edition in OrderedStream.Of(paths.Count, k => Prepare(survey, manifest, k, outlines[k]), Environment.ProcessorCount, 2 * Environment.ProcessorCount))
        {
            LogParsed(edition, paths[i], i, paths.Count, survey.Elapsed[i]);
            i++;
            yield return edition;
        }
    }

    // One seed of the second pass: the survey's graph or a new parse of the same bytes, the final id, the enrichers.
    private Edition Prepare(SeedSurvey survey, SeedManifest manifest, int index, Edition outline)
    {
        long start = Stopwatch.GetTimestamp();
        var file = survey.Files[index] ?? Load(survey.Paths[index]);
        var parsed = survey.Parsed[index];
        survey.Files[index] = null;
        survey.Parsed[index] = null;
        if (parsed is null)
        {
            if (!string.Equals(file.Sha256, outline.SourceSha256, StringComparison.Ordinal))
            {
                throw new SeedFormatException(file.FileName, 0, "changed while it was being ingested; run the ingestion again (the database is kept)");
            }

            parsed = SeedGuard.Run(file, () => EditionParser.Parse(file, manifest.For(file.FileName)));
        }

        var identified = parsed with { Id = outline.Id };
        var enriched = SeedGuard.Run(file, () => Enrichers.Aggregate(identified, (edition, enricher) => enricher.Enrich(edition)));
        survey.Elapsed[index] += Stopwatch.GetTimestamp() - start;
        return enriched;
    }

    private void LogParsed(Edition edition, string path, int index, int count, long elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "Parsed {Seed} ({Index}/{Count}) as edition {EditionId}: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
                Path.GetFileName(path), index + 1, count, edition.Id, edition.AllSections().Count(),
                edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Paragraph),
                edition.AllBlocks().Count(b => b.Block.Kind == BlockKind.Table), edition.Facts.Count, (long)Stopwatch.GetElapsedTime(0, elapsed).TotalMilliseconds);
        }
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
    /// <paramref name="databasePath"/>. On any failure the existing database is untouched. Streamed: a first pass
    /// parses every seed for its metadata and id (a bad seed fails here, before anything is written); then each
    /// edition flows parse → enrich → write → corpus stages (lineage), a few at a time, and is dropped once written
    /// and no stage needs it. <paramref name="progress"/> hears the seeds read by the first pass, then the editions
    /// written (from any thread).
    /// </summary>
    public IngestionSummary Run(string seedsDirectory, string databasePath, IProgress<IngestionProgress>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        _logger.LogInformation("Ingesting seeds from {SeedsPath} into {DatabasePath}", seedsDirectory, databasePath);
        var folder = SeedFolder.Scan(seedsDirectory);
        var (previous, aliases) = EditionIdHistory.Read(Path.GetFullPath(databasePath), _logger);
        var manifest = SeedManifest.Load(folder.Directory);
        using var renderings = Inline.InlineMarkup.RememberRenderings();
        int total = folder.Seeds.Count;
        var survey = Survey(folder, manifest, previous, aliases, _keptSurveyBytes, progress is null ? null : read => progress.Report(new IngestionProgress(read, 0, total)));
        var surveyed = stopwatch.Elapsed;
        var fingerprint = Fingerprint(seedsDirectory);
        var summary = new IngestionSummary(0, 0, 0, 0, 0, TimeSpan.Zero);
        int written = 0;
        new DatabaseBuilder(_loggerFactory.CreateLogger<DatabaseBuilder>(), Writers, CorpusWriters).Build(
            databasePath, survey.Assignment!.Editions, Stream(survey, manifest), fingerprint, survey.Assignment.Aliases, edition =>
            {
                summary = summary.Plus(IngestionSummary.Of([edition], TimeSpan.Zero));
                progress?.Report(new IngestionProgress(total, ++written, total));
            });
        _logger.LogInformation("Stages: first pass (parse for metadata and ids) {SurveyMs} ms; parse, enrich, store and corpus stages, streamed, {StoreMs} ms",
            (long)surveyed.TotalMilliseconds, (long)(stopwatch.Elapsed - surveyed).TotalMilliseconds);
        summary = summary with { Elapsed = stopwatch.Elapsed, Skipped = folder.Skipped };
        _logger.LogInformation(
            "Ingested {Editions} editions: {Sections} sections, {Paragraphs} paragraphs, {Tables} tables, {Facts} facts in {ElapsedMs} ms",
            summary.Editions, summary.Sections, summary.Paragraphs, summary.Tables, summary.Facts, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>What the first pass learnt and kept, per seed in file-name order; the second pass takes the kept graphs.</summary>
    private sealed class SeedSurvey(IReadOnlyList<string> paths)
    {
        public IReadOnlyList<string> Paths { get; } = paths;

        public SeedFile?[] Files { get; } = new SeedFile?[paths.Count];

        public Edition?[] Parsed { get; } = new Edition?[paths.Count];

        public long[] Elapsed { get; } = new long[paths.Count];

        public Identity.IdAssignment? Assignment { get; set; }
    }
}
