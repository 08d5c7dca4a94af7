namespace JapanUsRelations.Ingestion;

/// <summary>
/// Ingestion could not finish, for a reason a person can act on; the message says what and where. The database being
/// served is left as it was. <see cref="SeedFormatException"/> is a bad seed, <see cref="DatabaseFileException"/> a
/// database file that cannot be written or read.
/// </summary>
public class IngestionException : Exception
{
    /// <summary>Creates an empty exception (serialisation pattern).</summary>
    public IngestionException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public IngestionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public IngestionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
