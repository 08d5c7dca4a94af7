namespace JapanUsRelations.Web.Tests.Support;

/// <summary>
/// A running site over the real seeds plus every CRS product of <c>../shared/crs-corpus</c> (read where it lies,
/// never copied into the repository). When the corpus folder is absent the site is not started and the tests that
/// need it skip, saying so.
/// </summary>
public sealed class CorpusSite : IAsyncLifetime
{
    /// <summary>Why the corpus tests skip, or null when the corpus is there.</summary>
    public static string? Missing { get; } = Directory.Exists(Corpus)
        ? null
        : $"the CRS corpus folder {Corpus} is absent: corpus tests skipped";

    /// <summary>The corpus folder beside the checkout.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "crs-corpus"));

    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jur-corpus-site-" + Guid.NewGuid().ToString("N"));
    private RunningSite? _site;

    /// <summary>The running site.</summary>
    public RunningSite Site => _site ?? throw new InvalidOperationException(Missing ?? "not started");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (Missing is not null)
        {
            return;
        }

        Directory.CreateDirectory(_seeds);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds).Concat(Directory.GetFiles(Corpus, "*.html")))
        {
            File.Copy(file, Path.Combine(_seeds, Path.GetFileName(file)));
        }

        _site = RunningSite.Over(_seeds);
        await _site.InitializeAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (Directory.Exists(_seeds))
        {
            Directory.Delete(_seeds, recursive: true);
        }
    }
}
