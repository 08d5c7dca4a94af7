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
    /// How often, in seconds, the site looks whether the served path leads to a new database file (default 1; 0 never:
    /// the first database opened is served until restart). See <see cref="Serving.ServedStore"/>.
    /// </summary>
    public double ReloadCheckSeconds { get; set; } = 1;

    /// <summary>
    /// The path the site serves from, absolute, as configured: when it is a symbolic link it stays one, and the site
    /// follows the link each time it looks (<see cref="Serving.ServedStore"/>), so swapping the link rolls out a new
    /// database. Set by <see cref="Resolved"/>; <see cref="DatabasePath"/> until then.
    /// </summary>
    public string ServedPath
    {
        get => _servedPath ?? DatabasePath;
        set => _servedPath = value;
    }

    private string? _servedPath;

    /// <summary>
    /// Resolves both paths to absolute ones. <see cref="DatabasePath"/>, where ingestion writes, is the file a link
    /// leads to at start-up; <see cref="ServedPath"/> keeps the link itself, so the site notices when it is swapped.
    /// </summary>
    public EditionsOptions Resolved()
    {
        string root = Ingestion.RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
        string served = Path.GetFullPath(DatabasePath, root);
        string database = served;
        if (File.Exists(database) && new FileInfo(database).LinkTarget is not null)
        {
            database = new FileInfo(database).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? database;
        }

        return new EditionsOptions
        {
            SeedsPath = Path.GetFullPath(SeedsPath, root),
            DatabasePath = database,
            ServedPath = served,
            IngestOnStart = IngestOnStart,
            ReloadCheckSeconds = ReloadCheckSeconds,
        };
    }
}
