namespace JapanUsRelations.Ingestion;

/// <summary>
/// A seed that cannot be ingested. The message always names the file and the line (or byte offset) and says what
/// was wrong, so the person who dropped the file in <c>seeds/</c> can fix it.
/// </summary>
public sealed class SeedFormatException : IngestionException
{
    /// <summary>Creates the error for a file and a 1-based line (0 when no line applies).</summary>
    public SeedFormatException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the error for a file and line, caused by <paramref name="innerException"/> (kept for the log).</summary>
    public SeedFormatException(string file, int line, string problem, Exception innerException)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}", innerException)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the error for a file and a byte offset (for encoding errors).</summary>
    public SeedFormatException(string file, long byteOffset, int line, string problem)
        : base($"{file}:{line}: {problem} (byte offset {byteOffset})")
    {
        File = file;
        Line = line;
        Problem = problem;
        ByteOffset = byteOffset;
    }

    /// <summary>Creates an empty exception (serialisation pattern).</summary>
    public SeedFormatException()
        : this("(unknown)", 0, "unreadable seed")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public SeedFormatException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public SeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
        Problem = message;
    }

    /// <summary>The seed's file name.</summary>
    public string File { get; } = "(unknown)";

    /// <summary>1-based line; 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>What was wrong, without the location.</summary>
    public string Problem { get; } = "";

    /// <summary>Byte offset of an encoding error, when there is one.</summary>
    public long? ByteOffset { get; }
}
