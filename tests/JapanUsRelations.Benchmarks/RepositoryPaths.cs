namespace JapanUsRelations.Benchmarks;

/// <summary>The repository and its seeds, found the one way (<see cref="Ingestion.RepositoryRoot"/>).</summary>
internal static class RepositoryPaths
{
    public static string Root() => Ingestion.RepositoryRoot.Required();

    public static string Seeds() => Ingestion.RepositoryRoot.Seeds;
}
