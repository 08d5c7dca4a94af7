using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure.Serving;

/// <summary>
/// The snapshot one request reads, pinned for the whole request (a scoped service, released when the request's
/// services are disposed): every handler, page and cache key of the request sees the same database version.
/// </summary>
public sealed class SnapshotLease : IDisposable
{
    private readonly ServedSnapshot? _snapshot;
    private bool _released;

    internal SnapshotLease(ServedSnapshot? snapshot) => _snapshot = snapshot;

    /// <summary>The pinned snapshot, or null while there is no database to serve yet.</summary>
    public ReadStore? Store => _snapshot?.Store;

    /// <summary>The pinned snapshot; throws when there is none.</summary>
    public ReadStore Required => Store ?? throw new InvalidOperationException("There is no database to serve yet.");

    /// <summary>Unpins the snapshot.</summary>
    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            _snapshot?.Release();
        }
    }
}
