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

    /// <summary>Resolves both paths to absolute ones.</summary>
    public EditionsOptions Resolved()
    {
        string root = Ingestion.RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
        return new EditionsOptions
        {
            SeedsPath = Path.GetFullPath(SeedsPath, root),
            DatabasePath = Path.GetFullPath(DatabasePath, root),
        };
    }
}
