namespace JapanUsRelations.Web.Tests.Support;

/// <summary>Paths in the checkout, found by walking up from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (holds JapanUsRelations.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The real seeds.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JapanUsRelations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("JapanUsRelations.sln not found above the test binaries");
    }
}
