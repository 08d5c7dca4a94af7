using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure.Serving;

/// <summary>
/// Prepares what a feature derives from a new snapshot (<see cref="ReadStore.Derived{T}"/>) before
/// <see cref="ServedStore"/> swaps it in, so the first requests on a new database are as fast as the last on the old.
/// </summary>
public interface ISnapshotWarmer
{
    /// <summary>Derives and keeps what the feature needs from <paramref name="store"/>.</summary>
    void Warm(ReadStore store);
}
