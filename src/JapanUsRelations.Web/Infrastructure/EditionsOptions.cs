namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The <c>Editions</c> configuration section. Relative paths are resolved against the repository root (the folder
/// holding <c>JapanUsRelations.sln</c>), so the run command works from anywhere in the checkout.
/// </summary>
public sealed class EditionsOptions
{
    /// <summary>Folder of seed files (default <c>seeds</c>).</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>The SQLite database file (default <c>data/editions.db</c>).</summary>
    public string DatabasePath { get; set; } = "data/editions.db";

    /// <summary>
    /// Whether the web app ingests the seeds at start-up when the database is older than them (default true).
    /// Replicas serving a database built elsewhere run with false (see docs/deploy.md).
    /// </summary>
    public bool IngestOnStart { get; set; } = true;

    /// <summary>
    /// Resolves both paths to absolute ones. A database path that is a symbolic link is resolved once, here, so the
    /// process reads one database file for its whole life even when the link is swapped to a new version under it.
    /// </summary>
    public EditionsOptions Resolved()
    {
        string root = Ingestion.RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
        string database = Path.GetFullPath(DatabasePath, root);
        if (File.Exists(database) && new FileInfo(database).LinkTarget is not null)
        {
            database = new FileInfo(database).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? database;
        }

        return new EditionsOptions
        {
            SeedsPath = Path.GetFullPath(SeedsPath, root),
            DatabasePath = database,
            IngestOnStart = IngestOnStart,
        };
    }
}
