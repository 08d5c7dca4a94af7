using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure.Caching;
using JapanUsRelations.Web.Infrastructure.Serving;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// Re-ingesting a different seed set into the database a running site (real Kestrel) serves, six times, alternating
/// two versions, while four clients read every page type: no 5xx, every response wholly from one database version (its
/// <c>X-Editions-Database</c> header names a build of the version its body shows), the new content served without a
/// restart, and no file of a replaced database left open once no request reads it.
/// </summary>
public class ReingestWhileServingTests(ITestOutputHelper output)
{
    private const string MarkerWord = "zephyrine";
    private const string Marker = "A paragraph that only the second version of the seeds has: " + MarkerWord + ".";
    private const string Reference = "encyclopedia-japan-united-states-relations.txt";
    private const string ReferencePage = "/editions/japan-united-states-relations";

    // Each path's body tells the version apart: version B has the marker paragraph in the 2018 edition and no encyclopedia article.
    private static readonly string[] Paths =
    [
        "/editions/2018", "/api/editions/2018", "/editions/2018/introduction", "/api/editions", "/editions",
        "/search?q=" + MarkerWord, "/api/search?q=" + MarkerWord, "/cite/2018", "/compare/2016-03-11/2018", "/api/compare/2018/2024-11-05",
    ];

    private enum Version
    {
        A,
        B,
    }

    [Fact]
    public async Task Reingesting_while_serving_switches_to_the_new_database_without_a_5xx_or_a_response_mixing_two_versions()
    {
        string seeds = Path.Combine(Path.GetTempPath(), "jur-reingest-" + Guid.NewGuid().ToString("N"));
        string stash = seeds + "-stash";
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(stash);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        string seed = Path.Combine(seeds, "2018-crs-japan-us-relations-summary.txt");
        string manifest = Path.Combine(seeds, "manifest.json");
        string textA = await File.ReadAllTextAsync(seed);
        string manifestA = await File.ReadAllTextAsync(manifest);
        string textB = textA.TrimEnd('\n') + "\n\n" + Marker + "\n";
        var manifestNode = JsonNode.Parse(manifestA)!;
        var entries = manifestNode["editions"]!.AsArray();
        entries.Remove(entries.First(e => (string?)e!["file"] == Reference));
        string manifestB = manifestNode.ToJsonString();

        var site = RunningSite.Over(seeds);
        await site.InitializeAsync();
        var builds = new ConcurrentDictionary<string, Version>(StringComparer.Ordinal);
        builds[Short(Database.BuildIdentity(site.DatabasePath)!)] = Version.A;
        var answers = new ConcurrentBag<(string Path, int Status, string? Database, Version? Body)>();
        var served = site.Services.GetRequiredService<ServedStore>();
        int switchesBefore = served.Switches;
        try
        {
            using var stop = new CancellationTokenSource();
            var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
            {
                for (int i = r; !stop.IsCancellationRequested; i++)
                {
                    string path = Paths[i % Paths.Length];
                    using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
                    string body = await response.Content.ReadAsStringAsync();
                    string? database = response.Headers.TryGetValues(RenderedResponseCache.DatabaseHeader, out var values) ? values.Single() : null;
                    answers.Add((path, (int)response.StatusCode, database, VersionOf(path, body)));
                }
            })).ToList();

            for (int round = 0; round < 6; round++)
            {
                var version = round % 2 == 0 ? Version.B : Version.A;
                await SwapSeedsAsync(seeds, stash, version, seed, version == Version.B ? textB : textA, manifest, version == Version.B ? manifestB : manifestA);
                int before = answers.Count;
                await Task.Run(() => JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds, site.DatabasePath));
                builds[Short(Database.BuildIdentity(site.DatabasePath)!)] = version;
                await UntilServedAsync(site, version);
                while (answers.Count < before + 2 * Paths.Length)
                {
                    await Task.Delay(10);
                }
            }

            await stop.CancelAsync();
            await Task.WhenAll(readers);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // ingestion's own pooled connections to the files it replaced
            output.WriteLine($"{answers.Count} requests during 6 re-ingestions; {served.Switches - switchesBefore} snapshots swapped in; responses per build {string.Join(", ", answers.GroupBy(a => a.Database).Select(g => $"{g.Key} ({(g.Key is null ? "?" : builds[g.Key])}): {g.Count()}"))}");
            ReplacedFiles.StillOpen(site.DataDirectory).Should().BeEmpty("a replaced database's file is closed once no request reads it");
        }
        finally
        {
            await site.DisposeAsync();
            Directory.Delete(seeds, recursive: true);
            Directory.Delete(stash, recursive: true);
        }

        answers.Should().HaveCountGreaterThan(6 * 2 * Paths.Length);
        answers.Where(a => a.Status >= 500).Should().BeEmpty();
        answers.Where(a => a.Status != 200).Should().BeEmpty("every path read exists in both versions");
        answers.Where(a => a.Database is null || !builds.ContainsKey(a.Database)).Should().BeEmpty("every page and twin names the database build it was rendered from");
        answers.Where(a => a.Body is not null && builds[a.Database!] != a.Body).Should().BeEmpty("a response's body comes wholly from the build its header names");
        answers.Select(a => a.Body).OfType<Version>().Distinct().Should().HaveCount(2, "both versions were served, the new one without a restart");
        answers.Select(a => a.Path).Distinct().Should().HaveCount(Paths.Length);
        served.Switches.Should().BeGreaterThanOrEqualTo(switchesBefore + 6);
    }

    private static async Task SwapSeedsAsync(string seeds, string stash, Version version, string seed, string text, string manifest, string manifestText)
    {
        await File.WriteAllTextAsync(seed, text);
        await File.WriteAllTextAsync(manifest, manifestText);
        string inSeeds = Path.Combine(seeds, Reference);
        string stashed = Path.Combine(stash, Reference);
        if (version == Version.B && File.Exists(inSeeds))
        {
            File.Move(inSeeds, stashed);
        }
        else if (version == Version.A && File.Exists(stashed))
        {
            File.Move(stashed, inSeeds);
        }
    }

    private static async Task UntilServedAsync(RunningSite site, Version version)
    {
        for (int attempt = 0; attempt < 600; attempt++)
        {
            using var response = await site.Client.GetAsync(new Uri("/api/editions/2018", UriKind.Relative));
            if (VersionOf("/api/editions/2018", await response.Content.ReadAsStringAsync()) == version)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"version {version} was never served after it was ingested");
    }

    /// <summary>The version a body shows, or null for a page that reads the same in both (it is still checked to name a known build).</summary>
    private static Version? VersionOf(string path, string body) => path switch
    {
        "/api/editions" or "/editions" => body.Contains(ReferencePage, StringComparison.Ordinal) ? Version.A : Version.B,
        "/search?q=" + MarkerWord or "/api/search?q=" + MarkerWord => body.Contains("/editions/2018/", StringComparison.Ordinal) ? Version.B : Version.A,
        "/editions/2018" or "/api/editions/2018" or "/compare/2016-03-11/2018" or "/api/compare/2018/2024-11-05" =>
            body.Contains(MarkerWord, StringComparison.Ordinal) ? Version.B : Version.A,
        _ => null,
    };

    private static string Short(string fingerprint) => fingerprint[..12];
}
