namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// The lock file <c>{database}.lock</c>, held (an exclusive, advisory <c>flock</c> on Unix) while one ingestion builds
/// a database, so a second ingestion into the same path is refused instead of racing it. The operating system
/// releases it when the process dies, even by <c>kill -9</c>; the file is removed on a normal release.
/// </summary>
internal sealed class IngestionLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private IngestionLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>Takes the lock for a database path, or throws <see cref="DatabaseFileException"/> when it is held.</summary>
    public static IngestionLock Take(string databasePath)
    {
        string path = databasePath + ".lock";
        try
        {
            return new IngestionLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException e)
        {
            throw new DatabaseFileException(databasePath, $"another ingestion is writing this database (it holds {Path.GetFileName(path)}); try again when it has finished ({e.Message})");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DatabaseFileException(databasePath, $"its lock file {path} cannot be created ({e.Message})");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        File.Delete(_path);
        _stream.Dispose();
    }
}
