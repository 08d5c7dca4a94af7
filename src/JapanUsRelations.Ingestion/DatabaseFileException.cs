namespace JapanUsRelations.Ingestion;

/// <summary>The database path cannot be used (a folder, another ingestion holds it, unreadable); names the path.</summary>
public sealed class DatabaseFileException : IngestionException
{
    /// <summary>Creates the error for a path.</summary>
    public DatabaseFileException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
    }

    /// <summary>Creates an empty exception (serialisation pattern).</summary>
    public DatabaseFileException()
        : this("(unknown)", "unusable database")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DatabaseFileException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public DatabaseFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown)";
    }

    /// <summary>The database path.</summary>
    public string Path { get; } = "(unknown)";
}
