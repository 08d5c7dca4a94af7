namespace JapanUsRelations.Ingestion.Storage;

/// <summary>What <see cref="DatabaseState.Inspect"/> found at a database path.</summary>
public enum DatabaseCondition
{
    /// <summary>No file yet.</summary>
    Missing,

    /// <summary>A database this version can serve.</summary>
    Usable,

    /// <summary>Not a readable editions database (damaged, truncated, another kind of file, half-written).</summary>
    Corrupt,

    /// <summary>A database written by a newer version of the program (a migration this one does not know).</summary>
    NewerSchema,

    /// <summary>A folder where the database file should be.</summary>
    Folder,
}
