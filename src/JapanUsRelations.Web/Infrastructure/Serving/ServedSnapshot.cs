using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure.Serving;

/// <summary>
/// A <see cref="ReadStore"/> snapshot as <see cref="ServedStore"/> hands it out: counted references (one held by the
/// holder while it is current, one per request using it), closed when the last one goes.
/// </summary>
internal sealed class ServedSnapshot(ReadStore store, DatabaseFileIdentity file)
{
    private int _references = 1;

    /// <summary>The snapshot.</summary>
    public ReadStore Store { get; } = store;

    /// <summary>The file it was opened from, as it looked then.</summary>
    public DatabaseFileIdentity File { get; } = file;

    /// <summary>Requests (and the holder) using it now.</summary>
    public int References => Volatile.Read(ref _references);

    /// <summary>Takes a reference unless the snapshot is already closed.</summary>
    public bool TryAddReference()
    {
        int seen = Volatile.Read(ref _references);
        while (seen > 0)
        {
            int before = Interlocked.CompareExchange(ref _references, seen + 1, seen);
            if (before == seen)
            {
                return true;
            }

            seen = before;
        }

        return false;
    }

    /// <summary>Gives a reference back; the last one closes the snapshot's file.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Store.Close();
        }
    }
}
