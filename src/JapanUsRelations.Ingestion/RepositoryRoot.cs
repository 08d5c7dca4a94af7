namespace JapanUsRelations.Ingestion;

/// <summary>
/// The one way to find the checkout: the nearest folder holding <c>JapanUsRelations.sln</c>, above the working
/// directory or else above the binaries. The app resolves its relative paths against it; tests and benchmarks find
/// the real seeds through it.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The file that marks the repository root.</summary>
    public const string Marker = "JapanUsRelations.sln";

    /// <summary>The repository root, or null when neither start lies inside a checkout (a deployed build).</summary>
    public static string? Find()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The repository root; throws when there is none (tests, benchmarks).</summary>
    public static string Required() => Find() ?? throw new DirectoryNotFoundException($"{Marker} not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}");

    /// <summary>The checkout's real <c>seeds/</c> folder.</summary>
    public static string Seeds => Path.Combine(Required(), "seeds");
}
