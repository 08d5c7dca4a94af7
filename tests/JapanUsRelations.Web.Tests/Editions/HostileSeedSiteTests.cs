using System.Net;
using System.Security.Cryptography;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Web.Tests.Editions;

/// <summary>Hostile seeds against a running site: nothing live gets through, nothing served is lost.</summary>
public class HostileSeedSiteTests
{
    [Fact]
    public async Task Script_and_onerror_in_a_seed_show_up_as_inert_text_on_the_page()
    {
        string seeds = Path.Combine(Path.GetTempPath(), "jur-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seeds);
        await File.WriteAllTextAsync(Path.Combine(seeds, "hostile.txt"),
            "Updated March 3, 2027\n\nHostile Report\n\nOverview\n\nAlpha <script>alert('pwned')</script> beta <img src=x onerror=alert(1)> gamma.\n");
        var site = RunningSite.Over(seeds);
        await site.InitializeAsync();
        try
        {
            var (status, page) = await site.Client.GetPageAsync("/editions/2027-03-03/overview");
            status.Should().Be(HttpStatusCode.OK);
            page.QuerySelectorAll("script").Should().OnlyContain(
                s => s.GetAttribute("src")!.StartsWith("/js/", StringComparison.Ordinal) && s.TextContent.Length == 0,
                "the only scripts are the site's own files");
            page.QuerySelectorAll("img").Should().BeEmpty();
            page.QuerySelectorAll("[onerror]").Should().BeEmpty();
            page.GetElementById("p1")!.TextContent.Should().Contain("<script>alert('pwned')</script>").And.Contain("onerror=alert(1)");
        }
        finally
        {
            await site.DisposeAsync();
            Directory.Delete(seeds, recursive: true);
        }
    }

    [Fact]
    public async Task A_failed_ingestion_leaves_the_database_being_served_untouched()
    {
        var site = new RunningSite();
        await site.InitializeAsync();
        string seeds = Path.Combine(Path.GetTempPath(), "jur-broken-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(seeds);
            foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
            {
                File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
            }

            await File.WriteAllBytesAsync(Path.Combine(seeds, "broken.txt"), [0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0xC3, 0x28, 0x0A]);
            string before = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(site.DatabasePath)));

            var act = () => JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds, site.DatabasePath);

            act.Should().Throw<SeedFormatException>().WithMessage("broken.txt:3: invalid UTF-8*");
            Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(site.DatabasePath))).Should().Be(before);
            var (status, page) = await site.Client.GetPageAsync("/editions/2026-02-05/china");
            status.Should().Be(HttpStatusCode.OK);
            page.QuerySelector("h1")!.TextContent.Should().StartWith("China");
        }
        finally
        {
            await site.DisposeAsync();
            Directory.Delete(seeds, recursive: true);
        }
    }
}
