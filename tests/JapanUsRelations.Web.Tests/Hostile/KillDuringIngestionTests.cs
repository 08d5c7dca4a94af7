using System.Diagnostics;
using System.Security.Cryptography;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// <c>kill -9</c> at 20 moments of a real <c>ingest</c> process: ten spread from start-up to past the end, ten while
/// it writes the new database (after its temporary file appears). The served database is
/// always either byte-identical or the complete new one, never damaged, and the next run removes what the killed
/// ones left behind (<c>editions.db.tmp-*</c> and journals).
/// </summary>
public class KillDuringIngestionTests(ITestOutputHelper output)
{
    private const int Tries = 20;

    [Fact]
    public async Task Kill_9_at_any_moment_of_ingestion_never_damages_the_served_database_and_the_next_run_cleans_up()
    {
        string root = Path.Combine(Path.GetTempPath(), "jur-kill-" + Guid.NewGuid().ToString("N"));
        string seeds = Path.Combine(root, "seeds");
        string database = Path.Combine(root, "data", "editions.db");
        Directory.CreateDirectory(seeds);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        try
        {
            JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds, database);
            string original = Hash(database);

            // A changed seed, so a run that completes produces a different (and complete) database.
            File.AppendAllText(Path.Combine(seeds, "2018-crs-japan-us-relations-summary.txt"), "\nA paragraph added so the new database differs.\n");
            string newFingerprint = JapanUsRelations.Lineage.CorpusIngestion.Fingerprint(seeds);
            int leftBehind = 0, completed = 0;
            for (int i = 0; i < Tries; i++)
            {
                // Even tries: a moment spread over the whole run; odd tries: a moment while the new database is written.
                var delay = TimeSpan.FromMilliseconds(i % 2 == 0 ? 700 * (i / 2) : 40 * (i / 2));
                bool whileWriting = i % 2 == 1;
                bool finished = await IngestAndKillAfter(seeds, database, delay, whileWriting);
                completed += finished ? 1 : 0;
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                var state = DatabaseState.Inspect(database);
                state.Condition.Should().Be(DatabaseCondition.Usable, $"after a kill at {delay.TotalMilliseconds} ms the served database is intact");
                if (state.Fingerprint != newFingerprint)
                {
                    Hash(database).Should().Be(original, "an unfinished ingestion leaves the served database byte-identical");
                }

                leftBehind = Math.Max(leftBehind, Directory.GetFiles(Path.GetDirectoryName(database)!, "editions.db.tmp-*").Length);
            }

            output.WriteLine($"{Tries} kills: {completed} runs finished before the kill; at most {leftBehind} temporary files left at once");
            JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(seeds, database);
            Directory.GetFiles(Path.GetDirectoryName(database)!).Select(Path.GetFileName).Should().Equal("editions.db");
            JapanUsRelations.Store.EditionReader.LoadAll(database).Should().HaveCount(5);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<bool> IngestAndKillAfter(string seeds, string database, TimeSpan delay, bool whileWriting)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { WebAssembly.Path, "ingest", "--Editions:SeedsPath", seeds, "--Editions:DatabasePath", database, "--Serilog:MinimumLevel:Default", "Warning" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        if (whileWriting)
        {
            string folder = Path.GetDirectoryName(database)!;
            while (!process.HasExited && Directory.GetFiles(folder, "editions.db.tmp-*").Length == 0)
            {
                await Task.Delay(2);
            }
        }

        using var wait = new CancellationTokenSource(delay);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await Task.WhenAll(drainOut, drainErr);
            return false;
        }

        await Task.WhenAll(drainOut, drainErr);
        process.ExitCode.Should().Be(0, await drainErr);
        return true;
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
