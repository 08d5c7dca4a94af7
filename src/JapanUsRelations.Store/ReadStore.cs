using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Store;

/// <summary>
/// One immutable snapshot of the served database, the read side in one place. When it opens it reads the catalog
/// (one row per edition, with its byline), the fact catalogue and the topic taxonomy; each edition's content
/// (sections, blocks, notes, facts, topics) is read by indexed queries when first used and held in a cache bounded by
/// <see cref="ContentCacheCharacters"/>. Aliases are looked up per request by primary key, the full-text index is
/// queried per search and lineage per passage. Every query goes through the snapshot's own connections
/// (<see cref="SnapshotConnections"/>), so everything it answers comes from the one build it opened, even after that
/// file is replaced on disk. A new database is a new snapshot (the web tier's <c>ServedStore</c> swaps them);
/// <see cref="Close"/> closes its file.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Closed by its holder with Close(), not by a request's services: see Close.")]
public sealed class ReadStore
{
    /// <summary>The default bound of the content cache: characters of stored text (about 64 MB of strings).</summary>
    public const long DefaultContentCacheCharacters = 32L * 1024 * 1024;

    private readonly SnapshotConnections _connections;
    private readonly ConcurrentDictionary<Type, object> _derived = new();
    private readonly EditionContentCache _contents;
    private readonly Loaded _loaded;
    private readonly DatabaseSchema _schema;

    /// <summary>Opens a snapshot of a database file and reads its catalog.</summary>
    public ReadStore(string databasePath, ILogger<ReadStore> logger)
        : this(databasePath, logger, DefaultContentCacheCharacters)
    {
    }

    /// <summary>A snapshot of a database file whose edition contents are held up to <paramref name="contentCacheCharacters"/>.</summary>
    public ReadStore(string databasePath, ILogger<ReadStore> logger, long contentCacheCharacters)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contentCacheCharacters);
        ContentCacheCharacters = contentCacheCharacters;
        _connections = new SnapshotConnections(databasePath);
        try
        {
            _contents = new EditionContentCache(LoadContent, contentCacheCharacters);
            using (var lease = _connections.Rent())
            {
                _schema = DatabaseSchema.Read(lease.Connection);
                _loaded = Load(lease.Connection);
            }

            Aliases = SlugAliases.Load(_connections);
            EditionAliases = EditionAliases.Load(_connections);
            Search = new SearchIndex(_connections, logger);
            Lineage = new LineageBook(_connections);
        }
        catch
        {
            _connections.Dispose();
            throw;
        }
    }

    /// <summary>Which build of the database this snapshot holds (a hash of its seeds fingerprint and ingestion time).</summary>
    public string Fingerprint => _connections.Identity;

    /// <summary>A short form of <see cref="Fingerprint"/> for a response header (12 hex digits).</summary>
    public string ShortFingerprint => Fingerprint[..Math.Min(12, Fingerprint.Length)];

    /// <summary>The bound of the edition content cache, in characters of stored text.</summary>
    public long ContentCacheCharacters { get; }

    /// <summary>Editions whose content is held now (for tests and diagnostics).</summary>
    public int ContentsHeld => _contents.Count;

    /// <summary>Every edition (content read on first use); the timeline.</summary>
    public EditionCatalog Editions => _loaded.Editions;

    /// <summary>The facts, by kind, block and topic.</summary>
    public FactBook Facts => _loaded.Facts;

    /// <summary>The topics and their passages.</summary>
    public TopicBook Topics => _loaded.Topics;

    /// <summary>Renamed sections' old slugs.</summary>
    public SlugAliases Aliases { get; }

    /// <summary>Old edition ids that now redirect.</summary>
    public EditionAliases EditionAliases { get; }

    /// <summary>The full-text index.</summary>
    public SearchIndex Search { get; }

    /// <summary>The lineage of passages and sections across editions, and the comparisons stored at ingestion.</summary>
    public LineageBook Lineage { get; }

    /// <summary>
    /// What a feature derives from this snapshot and keeps (e.g. its comparisons): made once per snapshot and type,
    /// and dropped with the snapshot, so nothing derived from an older database is served from a newer one.
    /// </summary>
    public T Derived<T>(Func<ReadStore, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return (T)_derived.GetOrAdd(typeof(T), static (_, state) => state.create(state.store), (create, store: this));
    }

    /// <summary>
    /// Closes the snapshot's file (connections in use close when they are given back). Not <see cref="IDisposable"/> on
    /// purpose: a request resolves the snapshot from its services, which must not close it when the request ends; the
    /// web tier's holder closes it when no request uses it any more.
    /// </summary>
    public void Close() => _connections.Dispose();

    private Loaded Load(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        var schema = _schema;
        var rows = EditionReader.LoadCatalog(connection, _contents.Get);
        var rowIds = rows.ToDictionary(r => r.Edition.Id, r => r.RowId, StringComparer.Ordinal);
        var catalog = new EditionCatalog(rows.Select(r => r.Edition).ToList(), e => _contents.Get(rowIds[e.Id]));
        var kinds = FactBook.LoadCatalogue(connection, schema);
        var facts = new FactBook(catalog, kinds, FactBook.LoadStatedKinds(connection, schema, kinds), FactBook.LoadUnclassifiedCount(connection, schema));
        var topics = new TopicBook(catalog, TopicBook.LoadTaxonomy(connection, schema), TopicBook.LoadThreshold(connection, schema), topic =>
        {
            using var perTopic = _connections.Rent();
            return TopicBook.LoadEditionsOn(perTopic.Connection, schema, topic);
        });
        return new Loaded(catalog, facts, topics);
    }

    private EditionContent LoadContent(long id)
    {
        using var lease = _connections.Rent();
        return EditionContentReader.Load(lease.Connection, _schema, id);
    }

    private sealed record Loaded(EditionCatalog Editions, FactBook Facts, TopicBook Topics);
}
