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
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
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
        var aliases = SlugHistory.Carry(fullPath, editions, _logger);
        var carried = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        try
        {
            var (migrated, written) = Write(temporary, editions, fingerprint, aliases, editionAliases ?? [], start);
            SqliteConnection.ClearAllPools();
            using (var file = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
            {
                file.Flush(flushToDisk: true); // one fsync before the rename, instead of one per commit
            }

            File.Move(temporary, fullPath, overwrite: true);
            SqliteConnection.ClearAllPools();
            var total = System.Diagnostics.Stopwatch.GetElapsedTime(start);
            _logger.LogInformation(
                "Database written to {DatabasePath} in {StoreMs} ms: slug history {CarryMs} ms, migrations {MigrateMs} ms, rows {RowsMs} ms, fsync and swap {SwapMs} ms",
                fullPath, (long)total.TotalMilliseconds, (long)carried.TotalMilliseconds, (long)(migrated - carried).TotalMilliseconds,
                (long)(written - migrated).TotalMilliseconds, (long)(total - written).TotalMilliseconds);
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
    private (TimeSpan Migrated, TimeSpan Written) Write(
        string temporary, IReadOnlyList<Edition> editions, string fingerprint, IReadOnlyList<SlugAlias> aliases, IReadOnlyList<Identity.EditionAlias> editionAliases, long start)
    {
        using var connection = Database.Open(temporary, readOnly: false);

        // The file is new and private until the rename, and deleted on any failure: it needs no rollback journal and
        // no fsync per commit; a larger page cache keeps the FTS5 index merges in memory.
        connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536");
        Migrator.Apply(connection);
        var migrated = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        using var transaction = connection.BeginTransaction();
        var core = new EditionWriter();
        var written = new List<WrittenEdition>(editions.Count);
        foreach (var edition in editions)
        {
            var (editionRowId, blockIds) = core.Write(connection, transaction, edition);
            foreach (var writer in _writers)
            {
                writer.Write(connection, transaction, edition, editionRowId, blockIds);
            }

            written.Add(new WrittenEdition(edition, editionRowId, blockIds));
        }

        foreach (var writer in _corpusWriters)
        {
            writer.Write(connection, transaction, written);
        }

        SlugHistory.Write(connection, transaction, aliases);
        EditionIdHistory.Write(connection, transaction, editionAliases);
        connection.Execute(
            "INSERT INTO ingestion (seeds_fingerprint, ingested_at, parser_version) VALUES (@fingerprint, @at, @version)",
            new { fingerprint, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), version = IngestionPipeline.ParserVersion },
            transaction);
        transaction.Commit();
        return (migrated, System.Diagnostics.Stopwatch.GetElapsedTime(start));
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
