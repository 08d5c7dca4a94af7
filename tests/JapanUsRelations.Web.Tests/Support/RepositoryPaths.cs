namespace JapanUsRelations.Web.Tests.Support;

/// <summary>Paths in the checkout (found the one way, <see cref="Ingestion.RepositoryRoot"/>).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (holds JapanUsRelations.sln).</summary>
    public static string Root { get; } = Ingestion.RepositoryRoot.Required();

    /// <summary>The real seeds.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");
}
