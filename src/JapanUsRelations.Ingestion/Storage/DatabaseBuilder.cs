using System.Globalization;
using Dapper;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// Stage 7, Store: writes all editions into a brand-new database file in one transaction, then moves it over the
/// served database in one rename. A failure at any point deletes the new file and leaves the served one untouched.
/// </summary>
public sealed class DatabaseBuilder
{
    private readonly ILogger<DatabaseBuilder> _logger;
    private readonly IReadOnlyList<IEditionTableWriter> _writers;
    private readonly IReadOnlyList<ICorpusTableWriter> _corpusWriters;

    /// <summary>Creates a builder that runs the core writer, then <paramref name="writers"/>, for each edition.</summary>
    public DatabaseBuilder(ILogger<DatabaseBuilder> logger, IReadOnlyList<IEditionTableWriter> writers)
        : this(logger, writers, [])
    {
    }

    /// <summary>
    /// Creates a builder that runs the core writer, then <paramref name="writers"/>, for each edition, and then
    /// <paramref name="corpusWriters"/> once over all of them, in the same transaction.
    /// </summary>
    public DatabaseBuilder(ILogger<DatabaseBuilder> logger, IReadOnlyList<IEditionTableWriter> writers, IReadOnlyList<ICorpusTableWriter> corpusWriters)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _writers = writers ?? throw new ArgumentNullException(nameof(writers));
        _corpusWriters = corpusWriters ?? throw new ArgumentNullException(nameof(corpusWriters));
    }

    /// <summary>
    /// Builds the database at <paramref name="databasePath"/> from the editions, with the edition aliases that keep
    /// old ids working. Holds <c>{database}.lock</c> while it works (a second ingestion into the same file is
    /// refused), and first removes the <c>{database}.tmp-*</c> files an ingestion killed half-way left behind.
    /// </summary>
    public void Build(string databasePath, IReadOnlyList<Edition> editions, string fingerprint, IReadOnlyList<Identity.EditionAlias>? editionAliases = null)
    {
        ArgumentNullException.ThrowIfNull(editions);
        Build(databasePath, editions, editions, fingerprint, editionAliases);
    }

    /// <summary>
    /// As <see cref="Build(string, IReadOnlyList{Edition}, string, IReadOnlyList{Identity.EditionAlias}?)"/>, streamed:
    /// <paramref name="corpus"/> is every edition's metadata with its final id (what the corpus writers plan with),
    /// <paramref name="editions"/> yields the same editions, whole and in the same order, each pulled when the one
    /// before it is written and dropped once the stages are done with it, so memory holds a few editions, not all.
    /// Anything <paramref name="editions"/> throws (a bad seed) fails the build; the served database is untouched.
    /// <paramref name="written"/> hears each edition once its rows are written.
    /// </summary>
    public void Build(
        string databasePath, IReadOnlyList<Edition> corpus, IEnumerable<Edition> editions, string fingerprint, IReadOnlyList<Identity.EditionAlias>? editionAliases,
        Action<Edition>? written = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(editions);
        string fullPath = Path.GetFullPath(databasePath);
        if (Directory.Exists(fullPath))
        {
            throw new DatabaseFileException(fullPath, "is a folder, not a database file: remove it or point Editions:DatabasePath at a file");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }
        catch (IOException e)
        {
            throw new DatabaseFileException(fullPath, $"its folder cannot be created ({e.Message})");
        }

        using var hold = IngestionLock.Take(fullPath);
        RemoveLeftovers(fullPath);
        string temporary = $"{fullPath}{TemporarySuffix}{Guid.NewGuid():N}";
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var rows = new RowsToWrite(corpus, editions, fingerprint, editionAliases ?? [], written);
        try
        {
            (TimeSpan migrated, TimeSpan written) times;
            using (var slugs = SlugCarry.Open(fullPath, _logger))
            {
                times = Write(temporary, rows, slugs, start);
            }

            SqliteConnection.ClearAllPools();
            using (var file = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
            {
                file.Flush(flushToDisk: true); // one fsync before the rename, instead of one per commit
            }

            File.Move(temporary, fullPath, overwrite: true);
            SqliteConnection.ClearAllPools();
            var total = System.Diagnostics.Stopwatch.GetElapsedTime(start);
            _logger.LogInformation(
                "Database written to {DatabasePath} in {StoreMs} ms: migrations {MigrateMs} ms, editions streamed through rows and corpus stages {RowsMs} ms, fsync and swap {SwapMs} ms",
                fullPath, (long)total.TotalMilliseconds, (long)times.migrated.TotalMilliseconds,
                (long)(times.written - times.migrated).TotalMilliseconds, (long)(total - times.written).TotalMilliseconds);
        }
        catch (SqliteException e)
        {
            throw new DatabaseFileException(fullPath, $"could not be written ({e.Message}); the database being served is untouched");
        }
        catch (IOException e)
        {
            throw new DatabaseFileException(fullPath, $"could not be written ({e.Message}); the database being served is untouched");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (string leftover in new[] { temporary, temporary + "-journal" })
            {
                if (File.Exists(leftover))
                {
                    File.Delete(leftover);
                }
            }
        }
    }

    /// <summary>What follows the database's name in the name of a database being built.</summary>
    public const string TemporarySuffix = ".tmp-";

    /// <summary>Writes every row into the new file; returns when migrations and rows were done (since <paramref name="start"/>).</summary>
    private (TimeSpan Migrated, TimeSpan Written) Write(string temporary, RowsToWrite rows, SlugCarry slugs, long start)
    {
        using var connection = Database.Open(temporary, readOnly: false);
        try
        {
            return WriteRows(connection, rows, slugs, start);
        }
        finally
        {
            PreparedInsert.Release(connection);
        }
    }

    private (TimeSpan Migrated, TimeSpan Written) WriteRows(SqliteConnection connection, RowsToWrite rows, SlugCarry slugs, long start)
    {
        // The file is new and private until the rename, and deleted on any failure: it needs no rollback journal and
        // no fsync per commit; a larger page cache keeps the FTS5 index merges in memory.
        connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536");
        Migrator.Apply(connection);
        var migrated = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        using var transaction = connection.BeginTransaction();
        var sessions = new List<ICorpusTableSession>(_corpusWriters.Count);
        try
        {
            foreach (var writer in _corpusWriters)
            {
                sessions.Add(writer.Begin(connection, transaction, rows.Corpus));
            }

            WriteEditions(connection, transaction, rows, slugs, sessions);
            foreach (var session in sessions)
            {
                session.Finish();
            }
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }

        SlugHistory.Write(connection, transaction, slugs.Aliases());
        EditionIdHistory.Write(connection, transaction, rows.EditionAliases);
        connection.Execute(
            "INSERT INTO ingestion (seeds_fingerprint, ingested_at, parser_version) VALUES (@fingerprint, @at, @version)",
            new { fingerprint = rows.Fingerprint, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), version = IngestionPipeline.ParserVersion },
            transaction);
        transaction.Commit();
        return (migrated, System.Diagnostics.Stopwatch.GetElapsedTime(start));
    }

    // Each edition as it comes: its core rows, its table writers' rows, then the corpus stages hear of it. Nothing
    // here keeps it; the stages keep what they still need.
    private void WriteEditions(SqliteConnection connection, SqliteTransaction transaction, RowsToWrite rows, SlugCarry slugs, List<ICorpusTableSession> sessions)
    {
        var core = new EditionWriter();
        int count = 0;
        foreach (var edition in rows.Editions)
        {
            if (count >= rows.Corpus.Count || !string.Equals(rows.Corpus[count].Id, edition.Id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"edition {edition.Id} came in place {count + 1}, where the corpus planned {(count < rows.Corpus.Count ? rows.Corpus[count].Id : "none")}");
            }

            var (editionRowId, blockIds, sectionIds) = core.Write(connection, transaction, edition);
            foreach (var writer in _writers)
            {
                writer.Write(connection, transaction, edition, editionRowId, blockIds);
            }

            slugs.Add(edition);
            var written = new WrittenEdition(edition, editionRowId, blockIds, sectionIds);
            foreach (var session in sessions)
            {
                session.Written(written);
            }

            rows.Written?.Invoke(edition);
            count++;
        }

        if (count != rows.Corpus.Count)
        {
            throw new InvalidOperationException($"{count} editions came of the {rows.Corpus.Count} the corpus planned");
        }
    }

    // Under the lock no other ingestion is running, so every temporary file is an orphan of a killed one.
    private void RemoveLeftovers(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath)!;
        string pattern = Path.GetFileName(fullPath) + TemporarySuffix + "*";
        int removed = 0;
        foreach (string leftover in Directory.EnumerateFiles(folder, pattern))
        {
            File.Delete(leftover);
            removed++;
        }

        if (removed > 0)
        {
            _logger.LogWarning("Removed {Count} temporary files left by an interrupted ingestion beside {DatabasePath}", removed, fullPath);
        }
    }
}
