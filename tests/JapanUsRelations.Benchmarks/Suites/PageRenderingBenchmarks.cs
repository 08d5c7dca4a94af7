using BenchmarkDotNet.Attributes;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Benchmarks.Suites;

/// <summary>
/// Page rendering over real Kestrel on 127.0.0.1 and a real SQLite file of the seeds: one GET, body read, with the
/// rendered-response cache off (every request renders) and on (written from memory).
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the client and the app.")]
public class PageRenderingBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private string _work = null!;

    [Params(false, true)]
    public bool Cached { get; set; }

    [Params("/compare/2024-11-05/2026-02-05", "/editions/2026-02-05", "/facts", "/api/topics/okinawa-and-bases")]
    public string Path { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _work = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jur-bdn-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
        _app = EditionsApp.Build(
        [
            "--urls", "http://127.0.0.1:0", "--Editions:SeedsPath", RepositoryPaths.Seeds(),
            "--Editions:DatabasePath", System.IO.Path.Combine(_work, "editions.db"),
            "--Editions:ResponseCache:Enabled", Cached ? "true" : "false", "--Serilog:MinimumLevel:Default", "Warning",
        ]);
        StartupIngestion.EnsureCurrent(_app.Services.GetRequiredService<EditionsOptions>(), _app.Services.GetRequiredService<ILoggerFactory>());
        _app.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Benchmark(Description = "GET page")]
    public async Task<int> Get()
    {
        using var response = await _client.GetAsync(new Uri(Path, UriKind.Relative)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }
}
