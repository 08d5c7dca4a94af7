using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure.Serving;

/// <summary>
/// Holds the snapshot of the database the site serves now and notices a new one without a restart. Every
/// <see cref="EditionsOptions.ReloadCheckSeconds"/> it looks at the served path (<see cref="DatabaseFileIdentity"/>:
/// the file a link leads to, its length and last write; nothing is opened), so a file renamed over it by ingestion or
/// a swapped link is seen within that time. Then it opens the new file as a new <see cref="ReadStore"/>, loads and
/// warms it (<see cref="ISnapshotWarmer"/>s; not the first, which loads on the first request) while requests go on
/// reading the old one, and swaps it in atomically.
/// Each request pins the snapshot current when it starts (<see cref="Acquire"/>, one <see cref="SnapshotLease"/> per
/// request) and reads only that one to its end; an old snapshot closes its file when its last request ends. A new
/// file that cannot be opened (corrupt, half copied) is logged and the old snapshot kept.
/// </summary>
public sealed class ServedStore : IDisposable
{
    private readonly string _path;
    private readonly ILogger<ServedStore> _logger;
    private readonly ILogger<ReadStore> _storeLogger;
    private readonly IReadOnlyList<ISnapshotWarmer> _warmers;
    private readonly Timer? _timer;
    private readonly Lock _opening = new();
    private ServedSnapshot? _current;
    private DatabaseFileIdentity? _refused;
    private bool _disposed;

    /// <summary>A holder over the configured database path (a file or a link to one).</summary>
    public ServedStore(EditionsOptions options, ILogger<ServedStore> logger, ILogger<ReadStore> storeLogger, IEnumerable<ISnapshotWarmer> warmers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _path = options.ServedPath;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _storeLogger = storeLogger ?? throw new ArgumentNullException(nameof(storeLogger));
        _warmers = warmers?.ToList() ?? throw new ArgumentNullException(nameof(warmers));
        if (options.ReloadCheckSeconds > 0)
        {
            var every = TimeSpan.FromSeconds(options.ReloadCheckSeconds);
            _timer = new Timer(_ => RefreshQuietly(), null, every, every);
        }
    }

    /// <summary>
    /// The snapshot served now, opened first if nothing is served yet; null while there is no database. Not pinned
    /// (requests use <see cref="Acquire"/>): for diagnostics and tests.
    /// </summary>
    public ReadStore? Current
    {
        get
        {
            if (Volatile.Read(ref _current) is null)
            {
                Refresh();
            }

            return Volatile.Read(ref _current)?.Store;
        }
    }

    /// <summary>How many snapshots have been swapped in since start.</summary>
    public int Switches { get; private set; }

    /// <summary>Raised after a new snapshot replaced an older one (not for the first one opened).</summary>
    public event EventHandler? Swapped;

    /// <summary>Pins the current snapshot for one request (opening the database first if nothing is served yet).</summary>
    public SnapshotLease Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            if (snapshot is null)
            {
                Refresh();
                snapshot = Volatile.Read(ref _current);
                if (snapshot is null)
                {
                    return new SnapshotLease(null);
                }
            }

            if (snapshot.TryAddReference())
            {
                return new SnapshotLease(snapshot);
            }
        }
    }

    /// <summary>
    /// Looks at the served path now; when it leads to another file than the one served, opens, warms and swaps it in.
    /// Returns true when it swapped; false when nothing changed or the new file cannot be opened (logged; the old
    /// snapshot, if any, goes on being served).
    /// </summary>
    public bool Refresh()
    {
        lock (_opening)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var file = DatabaseFileIdentity.Of(_path);
            var current = Volatile.Read(ref _current);
            if (file is null || file == current?.File || (file == _refused && current is not null))
            {
                return false;
            }

            ReadStore store;
            try
            {
                store = Open(file, warm: current is not null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _refused = file;
                if (current is not null)
                {
                    _logger.LogWarning(e, "A new database at {DatabasePath} cannot be opened; still serving {Fingerprint}", _path, current.Store.ShortFingerprint);
                }
                else
                {
                    _logger.LogError(e, "The database at {DatabasePath} cannot be opened; nothing is served until it can", _path);
                }

                return false;
            }

            var previous = Interlocked.Exchange(ref _current, new ServedSnapshot(store, file));
            _refused = null;
            Switches++;
            if (previous is not null)
            {
                _logger.LogInformation("Serving database {Fingerprint} from {DatabaseFile} (was {Previous}); the old one closes when its last request ends", store.ShortFingerprint, file.File, previous.Store.ShortFingerprint);
                previous.Release();
                Swapped?.Invoke(this, EventArgs.Empty);
            }

            return true;
        }
    }

    /// <summary>Stops watching and closes the served snapshot (after its requests end).</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_opening)
        {
            _disposed = true;
            Interlocked.Exchange(ref _current, null)?.Release();
        }
    }

    private ReadStore Open(DatabaseFileIdentity file, bool warm)
    {
        var store = new ReadStore(file.File, _storeLogger);
        try
        {
            foreach (var warmer in warm ? _warmers : [])
            {
                warmer.Warm(store);
            }

            return store;
        }
        catch
        {
            store.Close();
            throw;
        }
    }

    private void RefreshQuietly()
    {
        try
        {
            Refresh();
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning(e, "Looking for a new database at {DatabasePath} failed", _path);
        }
    }
}
