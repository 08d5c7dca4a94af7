using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Web.Tests.Support;

/// <summary>
/// The real site on a real Kestrel port on 127.0.0.1, over a real SQLite file ingested from the real seeds into a
/// temporary folder. Shared by every test in the "site" collection.
/// </summary>
public sealed class RunningSite : IAsyncLifetime
{
    private readonly string _seedsPath;
    private WebApplication? _app;

    /// <summary>A site over the repository's real seeds.</summary>
    public RunningSite()
        : this(RepositoryPaths.Seeds)
    {
    }

    private RunningSite(string seedsPath) => _seedsPath = seedsPath;

    /// <summary>A site over another seeds folder (for hostile-seed tests); call InitializeAsync and DisposeAsync yourself.</summary>
    public static RunningSite Over(string seedsPath) => new(seedsPath);

    /// <summary>Temporary folder holding this run's database.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "jur-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The database file the site serves.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "editions.db");

    /// <summary>The site's base address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client that does not follow redirects, so tests can see them.</summary>
    public HttpClient Client { get; private set; } = new();

    /// <summary>The running app's services.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    /// <summary>Ingests and starts the site.</summary>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _app = EditionsApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            "--Editions:SeedsPath", _seedsPath,
            "--Editions:DatabasePath", DatabasePath,
            "--Serilog:MinimumLevel:Default", "Warning",
        ]);
        StartupIngestion.EnsureCurrent(_app.Services.GetRequiredService<EditionsOptions>(), _app.Services.GetRequiredService<ILoggerFactory>());
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    /// <summary>Stops the site and deletes its data.</summary>
    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
