using System.Net;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Startup;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Startup;

/// <summary>/healthz says "ingesting" and pages answer 503 until the database is current; then everything serves.</summary>
[Collection(SiteCollection.Name)]
public class ReadinessTests(RunningSite site)
{
    [Fact]
    public async Task While_ingesting_healthz_says_so_and_pages_answer_503_with_Retry_After()
    {
        var readiness = site.Services.GetRequiredService<Readiness>();
        readiness.Ingesting(5);
        readiness.Parsed(2);
        try
        {
            using var health = await site.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
            health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await health.Content.ReadAsStringAsync()).Should().Be("ingesting 2/5 seeds");
            foreach (string path in new[] { "/", "/editions/2026-02-05", "/api/editions" })
            {
                using var page = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
                page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, path);
                page.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
                page.Headers.CacheControl!.NoStore.Should().BeTrue("a CDN must not keep the 503");
            }
        }
        finally
        {
            readiness.Ready();
        }

        using var ready = await site.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        (await ready.Content.ReadAsStringAsync()).Should().Be("ok");
        using var home = await site.Client.GetAsync(new Uri("/", UriKind.Relative));
        home.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Start_up_ingestion_in_the_background_ends_with_the_site_serving_the_new_database()
    {
        string data = Path.Combine(Path.GetTempPath(), "jur-ready-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var app = EditionsApp.Build(
        [
            "--urls", "http://127.0.0.1:0", "--Editions:SeedsPath", RepositoryPaths.Seeds,
            "--Editions:DatabasePath", Path.Combine(data, "editions.db"), "--Serilog:MinimumLevel:Default", "Warning",
        ]);
        try
        {
            var ingestion = StartupIngestion.StartInBackground(app);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
            var seen = new List<string>();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            string state = "";
            while (state != "ok" && DateTime.UtcNow < deadline)
            {
                using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                state = await health.Content.ReadAsStringAsync();
                seen.Add($"{(int)health.StatusCode} {state}");
                await Task.Delay(50);
            }

            await ingestion;
            seen.Should().OnlyContain(s => s == "200 ok" || s.StartsWith("503 ingesting ", StringComparison.Ordinal));
            seen[^1].Should().Be("200 ok");
            using var page = await client.GetAsync(new Uri("/editions/2026-02-05", UriKind.Relative));
            page.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
