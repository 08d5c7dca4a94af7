namespace JapanUsRelations.Benchmarks;

/// <summary>Finds the repository (the folder holding <c>seeds/</c>) above the working directory or the binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && File.Exists(Path.Combine(dir.FullName, "JapanUsRelations.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("repository root (with seeds/) not found");
    }

    public static string Seeds() => Path.Combine(Root(), "seeds");
}
