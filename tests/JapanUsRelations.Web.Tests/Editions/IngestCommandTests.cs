using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Editions;

/// <summary>The <c>ingest</c> command: ingestion alone, a summary, and a non-zero exit on a bad seed.</summary>
public class IngestCommandTests
{
    [Fact]
    public async Task Ingest_command_builds_the_database_and_prints_a_summary()
    {
        string data = Path.Combine(Path.GetTempPath(), "jur-cli-" + Guid.NewGuid().ToString("N"));
        string db = Path.Combine(data, "editions.db");
        var app = EditionsApp.Build(["ingest", "--Editions:SeedsPath", RepositoryPaths.Seeds, "--Editions:DatabasePath", db, "--Serilog:MinimumLevel:Default", "Warning"]);
        var output = new StringWriter();
        var original = Console.Out;
        try
        {
            Console.SetOut(output);
            EditionsApp.Ingest(app).Should().Be(0);
        }
        finally
        {
            Console.SetOut(original);
            await app.DisposeAsync();
        }

        output.ToString().Should().MatchRegex(@"Ingested 5 editions: 36 sections, 64 paragraphs, 2 tables, \d+ facts in [0-9.]+ s");
        Database.StoredFingerprint(db).Should().Be(JapanUsRelations.Lineage.CorpusIngestion.Fingerprint(RepositoryPaths.Seeds));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Ingest_command_exits_non_zero_and_names_the_bad_seed()
    {
        string seeds = Path.Combine(Path.GetTempPath(), "jur-cli-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seeds);
        await File.WriteAllTextAsync(Path.Combine(seeds, "empty.txt"), "   \n");
        var app = EditionsApp.Build(["ingest", "--Editions:SeedsPath", seeds, "--Editions:DatabasePath", Path.Combine(seeds, "x.db"), "--Serilog:MinimumLevel:Default", "Warning"]);
        var error = new StringWriter();
        var original = Console.Error;
        try
        {
            Console.SetError(error);
            EditionsApp.Ingest(app).Should().Be(1);
        }
        finally
        {
            Console.SetError(original);
            await app.DisposeAsync();
        }

        error.ToString().Should().Contain("empty.txt: the file is empty").And.Contain("database left untouched");
        File.Exists(Path.Combine(seeds, "x.db")).Should().BeFalse();
        Directory.Delete(seeds, recursive: true);
    }
}
