using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Store;

/// <summary>
/// One immutable snapshot of the served database, the read side in one place: every edition with its facts, topics
/// and section aliases, the fact catalogue and the topic taxonomy, all loaded when the snapshot opens, and the
/// full-text index queried per search through the snapshot's own connections (<see cref="SnapshotConnections"/>), so
/// everything it answers comes from the one build it opened, even after that file is replaced on disk. A new
/// database is a new snapshot (the web tier's <c>ServedStore</c> swaps them); <see cref="Close"/> closes its file.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Closed by its holder with Close(), not by a request's services: see Close.")]
public sealed class ReadStore
{
    private readonly SnapshotConnections _connections;
    private readonly ConcurrentDictionary<Type, object> _derived = new();

    /// <summary>Opens a snapshot of a database file and loads it.</summary>
    public ReadStore(string databasePath, ILogger<ReadStore> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(logger);
        _connections = new SnapshotConnections(databasePath);
        try
        {
            using (var lease = _connections.Rent())
            {
                var connection = lease.Connection;
                Editions = new EditionCatalog(EditionReader.LoadAll(connection));
                Facts = new FactBook(Editions, FactBook.LoadCatalogue(connection));
                Topics = new TopicBook(Editions, TopicBook.LoadTaxonomy(connection), TopicBook.LoadThreshold(connection));
                Aliases = SlugAliases.Load(connection);
                EditionAliases = EditionAliases.Load(connection);
            }

            Search = new SearchIndex(_connections, logger);
            Lineage = new LineageBook(databasePath);
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

    /// <summary>Every edition, with its facts and topics; the timeline.</summary>
    public EditionCatalog Editions { get; }

    /// <summary>The facts, by kind, block and topic.</summary>
    public FactBook Facts { get; }

    /// <summary>The topics and their passages.</summary>
    public TopicBook Topics { get; }

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
}
