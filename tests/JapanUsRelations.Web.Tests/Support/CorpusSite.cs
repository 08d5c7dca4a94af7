namespace JapanUsRelations.Web.Tests.Support;

/// <summary>
/// A running site over the real seeds plus every CRS product of <c>../shared/crs-corpus</c> (read where it lies,
/// never copied into the repository). When the corpus folder is absent the site is not started and the tests that
/// need it skip, saying so.
/// </summary>
public sealed class CorpusSite : FolderSite
{
    /// <summary>Why the corpus tests skip, or null when the corpus is there.</summary>
    public static string? Missing { get; } = Directory.Exists(Corpus)
        ? null
        : $"the CRS corpus folder {Corpus} is absent: corpus tests skipped";

    /// <summary>The corpus folder beside the checkout.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "crs-corpus"));

    /// <inheritdoc />
    protected override string? WhyNotStarted => Missing;

    /// <inheritdoc />
    protected override void Fill(string folder)
    {
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds).Concat(Directory.GetFiles(Corpus, "*.html")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }
}
