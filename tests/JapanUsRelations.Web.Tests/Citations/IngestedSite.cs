using JapanUsRelations.Ingestion;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>
/// A private copy of the seeds and a database beside it, ingested on demand, served by a real Kestrel site started
/// afresh after each ingestion (the site loads its catalog once, as in production).
/// </summary>
public sealed class IngestedSite : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Copies the real seeds into a temporary folder.</summary>
    public IngestedSite()
    {
        Directory.CreateDirectory(SeedsPath);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(SeedsPath, Path.GetFileName(file)));
        }
    }

    /// <summary>The temporary root.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "jur-links-" + Guid.NewGuid().ToString("N"));

    /// <summary>This site's seeds.</summary>
    public string SeedsPath => Path.Combine(Root, "seeds");

    /// <summary>This site's database.</summary>
    public string DatabasePath => Path.Combine(Root, "data", "editions.db");

    /// <summary>A client of the running site that does not follow redirects.</summary>
    public HttpClient Client { get; private set; } = new();

    /// <summary>The running site's services.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    /// <summary>Stops the site (if running), ingests the seeds as they are now, and starts a new site.</summary>
    public async Task IngestAndServeAsync()
    {
        await StopAsync();
        _app = EditionsApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Editions:SeedsPath", SeedsPath,
            "--Editions:DatabasePath", DatabasePath,
            "--Serilog:MinimumLevel:Default", "Warning",
        ]);
        JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(_app.Services.GetRequiredService<ILoggerFactory>()).Run(SeedsPath, DatabasePath);
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
    }

    /// <summary>Replaces a whole line of a seed; the line must occur exactly once.</summary>
    public void ReplaceLine(string seed, string from, string to)
    {
        string path = Path.Combine(SeedsPath, seed);
        var lines = File.ReadAllLines(path);
        lines.Count(l => l == from).Should().Be(1, $"{seed} has one line '{from}'");
        File.WriteAllLines(path, lines.Select(l => l == from ? to : l));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private async Task StopAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
