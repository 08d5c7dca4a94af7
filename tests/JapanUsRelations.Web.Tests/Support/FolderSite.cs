namespace JapanUsRelations.Web.Tests.Support;

/// <summary>
/// A running site over a seeds folder made for it in a temporary place (<see cref="Fill"/>), deleted afterwards; not
/// started when <see cref="WhyNotStarted"/> says why.
/// </summary>
public abstract class FolderSite : IAsyncLifetime
{
    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jur-folder-site-" + Guid.NewGuid().ToString("N"));
    private RunningSite? _site;

    /// <summary>The running site.</summary>
    public RunningSite Site => _site ?? throw new InvalidOperationException(WhyNotStarted ?? "not started");

    /// <summary>Why the site is not started, or null to start it.</summary>
    protected virtual string? WhyNotStarted => null;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (WhyNotStarted is not null)
        {
            return;
        }

        Directory.CreateDirectory(_seeds);
        Fill(_seeds);
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

    /// <summary>Writes the seeds the site serves into <paramref name="folder"/> (which exists, empty).</summary>
    protected abstract void Fill(string folder);
}
