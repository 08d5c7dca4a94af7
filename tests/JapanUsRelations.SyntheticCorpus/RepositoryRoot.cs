namespace JapanUsRelations.SyntheticCorpus;

/// <summary>Finds the checkout's <c>seeds/</c> folder from the binaries or the working directory.</summary>
public static class RepositoryRoot
{
    /// <summary>The real seeds folder.</summary>
    public static string Seeds()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "JapanUsRelations.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }
        }

        throw new DirectoryNotFoundException("JapanUsRelations.sln not found above the working directory or the binaries");
    }
}
