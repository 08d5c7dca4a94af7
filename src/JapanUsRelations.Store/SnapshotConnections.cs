using Dapper;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The open read-only connections of one served snapshot, all on the same database file: the first is opened when
/// the snapshot is, and is never closed before the snapshot, so the file it read stays readable (an open handle keeps
/// a replaced file's contents) for as long as requests use the snapshot. More are opened on demand, up to
/// <see cref="MaxConnections"/>, and each is checked to read the same build (<see cref="Database.BuildIdentity(SqliteConnection)"/>);
/// once the path holds another build, no new one is opened and requests wait for an open one instead. Not pooled by
/// SQLite: disposing the snapshot closes its files.
/// </summary>
public sealed class SnapshotConnections : IDisposable
{
    /// <summary>Most connections one snapshot keeps open.</summary>
    public const int MaxConnections = 8;

    private readonly string _path;
    private readonly Stack<SqliteConnection> _idle = new();
    private readonly object _gate = new();
    private int _open;
    private bool _pathMoved;
    private bool _disposed;

    /// <summary>Opens the first connection on <paramref name="databasePath"/> and reads which build it holds.</summary>
    public SnapshotConnections(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        _path = databasePath;
        SqliteConnection? first = OpenConnection(databasePath);
        try
        {
            Identity = Database.BuildIdentity(first) ?? throw new InvalidOperationException($"{databasePath} has no ingestion record: not an editions database");
            _idle.Push(first);
            _open = 1;
            first = null;
        }
        finally
        {
            first?.Dispose();
        }
    }

    /// <summary>The build every connection of this snapshot reads (seeds fingerprint and ingestion time, hashed).</summary>
    public string Identity { get; }

    /// <summary>Connections open now.</summary>
    public int Open
    {
        get
        {
            lock (_gate)
            {
                return _open;
            }
        }
    }

    /// <summary>A connection for one query; dispose the lease to give it back.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The lease owns the connection and gives it back to this pool.")]
    public ConnectionLease Rent()
    {
        while (true)
        {
            lock (_gate)
            {
                while (true)
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    if (_idle.Count > 0)
                    {
                        return new ConnectionLease(this, _idle.Pop());
                    }

                    if (_open < MaxConnections && !_pathMoved)
                    {
                        _open++;
                        break;
                    }

                    Monitor.Wait(_gate);
                }
            }

            if (OpenSameBuild() is { } opened)
            {
                return new ConnectionLease(this, opened);
            }

            lock (_gate)
            {
                _open--;
                _pathMoved = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Takes a connection back (closes it when the snapshot is gone).</summary>
    internal void Return(SqliteConnection connection)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                _open--;
                connection.Dispose();
            }
            else
            {
                _idle.Push(connection);
            }

            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Closes the idle connections now and the rented ones when they come back.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            while (_idle.TryPop(out var connection))
            {
                _open--;
                connection.Dispose();
            }

            Monitor.PulseAll(_gate);
        }
    }

    private SqliteConnection? OpenSameBuild()
    {
        SqliteConnection? connection = null;
        try
        {
            connection = OpenConnection(_path);
            if (string.Equals(Database.BuildIdentity(connection), Identity, StringComparison.Ordinal))
            {
                return connection;
            }
        }
        catch (SqliteException)
        {
            // The path no longer holds a readable database: this snapshot's open connections still do.
        }

        connection?.Dispose();
        return null;
    }

    private static SqliteConnection OpenConnection(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }
}
