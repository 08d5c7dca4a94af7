using JapanUsRelations.SyntheticCorpus;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Paging;

/// <summary>
/// A running site over 60 synthetic editions of IF10199 (tests/JapanUsRelations.SyntheticCorpus, seed 12), generated
/// and ingested into a temporary folder for the class: enough editions that every paged list has several pages.
/// </summary>
public sealed class SyntheticSite : IAsyncLifetime
{
    /// <summary>How many editions the corpus holds.</summary>
    public const int Editions = 60;

    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jur-synthetic-site-" + Guid.NewGuid().ToString("N"));
    private RunningSite? _site;

    /// <summary>The running site.</summary>
    public RunningSite Site => _site ?? throw new InvalidOperationException("not started");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        CorpusGenerator.Generate(RepositoryPaths.Seeds, _seeds, new CorpusOptions { Editions = Editions, Seed = 12 });
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
