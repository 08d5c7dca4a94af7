using System.Collections.Concurrent;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// Re-ingesting into the database a running site serves (six times, alternating two versions of a seed) while four
/// clients read every page type: no 5xx, and every page shows one version of the text, never a mix.
/// </summary>
public class ReingestWhileServingTests(ITestOutputHelper output)
{
    private const string Marker = "A paragraph that only the second version of the seeds has.";

    private static readonly string[] Paths =
    [
        "/", "/editions", "/editions/2018", "/editions/2018/introduction", "/compare/2016-03-11/2018", "/topics", "/facts",
        "/search?q=Japan", "/search?q=paragraph", "/api/editions/2018", "/api/search?q=second", "/cite/2018", "/api/compare/2018/2024-11-05",
    ];

    [Fact]
    public async Task Reingesting_while_serving_never_answers_5xx_or_a_page_mixing_two_database_versions()
    {
        string seeds = Path.Combine(Path.GetTempPath(), "jur-reingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seeds);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        string seed = Path.Combine(seeds, "2018-crs-japan-us-relations-summary.txt");
        string first = await File.ReadAllTextAsync(seed);
        string second = first.TrimEnd('\n') + "\n\n" + Marker + "\n";
        var site = RunningSite.Over(seeds);
        await site.InitializeAsync();
        var statuses = new ConcurrentBag<(string Path, int Status)>();
        var editionPages = new ConcurrentBag<string>();
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
                    statuses.Add((path, (int)response.StatusCode));
                    if (path == "/editions/2018")
                    {
                        editionPages.Add(body);
                    }
                }
            })).ToList();

            for (int round = 0; round < 6; round++)
            {
                await File.WriteAllTextAsync(seed, round % 2 == 0 ? second : first);
                int before = statuses.Count;
                var ingestion = Task.Run(() => JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds, site.DatabasePath));
                while (!ingestion.IsCompleted || statuses.Count < before + 2 * Paths.Length)
                {
                    await Task.Delay(10);
                }

                await ingestion;
            }

            await stop.CancelAsync();
            await Task.WhenAll(readers);
        }
        finally
        {
            await site.DisposeAsync();
            Directory.Delete(seeds, recursive: true);
        }

        output.WriteLine($"{statuses.Count} requests during 6 re-ingestions; {editionPages.Distinct(StringComparer.Ordinal).Count()} distinct renderings of /editions/2018");
        statuses.Should().HaveCountGreaterThan(Paths.Length);
        statuses.Where(s => s.Status >= 500).Should().BeEmpty();
        statuses.Where(s => s.Status != 200).Should().BeEmpty("every path read exists in both versions");
        var renderings = editionPages.Distinct(StringComparer.Ordinal).ToList();
        renderings.Count.Should().BeLessThanOrEqualTo(2, "a page is one version or the other");
        foreach (string page in renderings)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
            int paragraphs = document.QuerySelectorAll("[id^='p']").Count(e => e.Id!.Skip(1).All(char.IsAsciiDigit));
            bool hasMarker = page.Contains(Marker, StringComparison.Ordinal);
            paragraphs.Should().BeGreaterThan(0);
            if (renderings.Count == 2)
            {
                hasMarker.Should().Be(paragraphs == renderings.Max(r => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(r).QuerySelectorAll("[id^='p']").Count(e => e.Id!.Skip(1).All(char.IsAsciiDigit))),
                    "the paragraph count and the marker paragraph come from the same version");
            }
        }
    }
}
