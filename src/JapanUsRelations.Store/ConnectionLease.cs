using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>One of a snapshot's connections, lent for one query (<see cref="SnapshotConnections.Rent"/>).</summary>
public sealed class ConnectionLease : IDisposable
{
    private readonly SnapshotConnections _owner;
    private bool _returned;

    internal ConnectionLease(SnapshotConnections owner, SqliteConnection connection)
    {
        _owner = owner;
        Connection = connection;
    }

    /// <summary>The connection, open on the snapshot's file.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>Gives the connection back (once).</summary>
    public void Dispose()
    {
        if (!_returned)
        {
            _returned = true;
            _owner.Return(Connection);
        }
    }
}
