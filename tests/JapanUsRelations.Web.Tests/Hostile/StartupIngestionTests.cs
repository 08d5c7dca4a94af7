using System.Security.Cryptography;
using Dapper;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// Start-up ingestion over hostile states: a bad seed or an empty folder keeps the usable database being served; a
/// corrupt or newer-schema database is refused and rebuilt; a folder at the database path stops the start clearly.
/// The <c>ingest</c> command lists the files it skipped.
/// </summary>
public sealed class StartupIngestionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jur-startup-" + Guid.NewGuid().ToString("N"));

    public StartupIngestionTests()
    {
        Directory.CreateDirectory(Seeds);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }
    }

    private string Seeds => Path.Combine(_root, "seeds");

    private string DatabasePath => Path.Combine(_root, "data", "editions.db");

    private EditionsOptions Options => new() { SeedsPath = Seeds, DatabasePath = DatabasePath };

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void A_bad_seed_at_start_keeps_serving_the_existing_database_unchanged()
    {
        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance).Should().BeTrue();
        string before = Hash(DatabasePath);
        File.WriteAllText(Path.Combine(Seeds, "wide.txt"), "Wide\n\nOverview\n\n" + string.Join('\t', Enumerable.Repeat("1", 50_000)) + "\n");

        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance).Should().BeFalse();

        Hash(DatabasePath).Should().Be(before);
    }

    [Fact]
    public void An_empty_seeds_folder_at_start_keeps_serving_the_existing_database()
    {
        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance);
        string before = Hash(DatabasePath);
        foreach (string file in Directory.GetFiles(Seeds))
        {
            File.Delete(file);
        }

        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance).Should().BeFalse();
        Hash(DatabasePath).Should().Be(before);
        JapanUsRelations.Store.EditionReader.LoadAll(DatabasePath).Should().HaveCount(5);
    }

    [Fact]
    public void An_empty_seeds_folder_with_no_database_stops_the_start_with_a_clear_error()
    {
        foreach (string file in Directory.GetFiles(Seeds))
        {
            File.Delete(file);
        }

        var act = () => StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance);
        act.Should().Throw<SeedFormatException>().WithMessage("*no seed files*");
    }

    [Fact]
    public void A_corrupt_database_at_start_is_refused_and_rebuilt_from_the_seeds()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        File.WriteAllText(DatabasePath, "SQLite format 3\0 but not really");
        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance).Should().BeTrue();
        DatabaseState.Inspect(DatabasePath).Condition.Should().Be(DatabaseCondition.Usable);
        JapanUsRelations.Store.EditionReader.LoadAll(DatabasePath).Should().HaveCount(5);
    }

    [Fact]
    public void A_database_from_a_newer_schema_at_start_is_refused_and_rebuilt()
    {
        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance);
        using (var connection = Database.Open(DatabasePath, readOnly: false))
        {
            connection.Execute("INSERT INTO schema_migration (name, applied_at) VALUES ('099_future.sql', '2031-01-01')");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance).Should().BeTrue();
        DatabaseState.Inspect(DatabasePath).Condition.Should().Be(DatabaseCondition.Usable);
    }

    [Fact]
    public void A_folder_at_the_database_path_stops_the_start_with_a_clear_error()
    {
        Directory.CreateDirectory(DatabasePath);
        var act = () => StartupIngestion.EnsureCurrent(Options, NullLoggerFactory.Instance);
        act.Should().Throw<DatabaseFileException>().WithMessage("*is a folder, not a database file*");
    }

    [Fact]
    public async Task The_ingest_command_lists_every_skipped_file_with_its_reason()
    {
        File.WriteAllText(Path.Combine(Seeds, "README.md"), "# notes\n");
        File.CreateSymbolicLink(Path.Combine(Seeds, "gone.txt"), Path.Combine(_root, "nowhere.txt"));
        var app = EditionsApp.Build(["ingest", "--Editions:SeedsPath", Seeds, "--Editions:DatabasePath", DatabasePath, "--Serilog:MinimumLevel:Default", "Error"]);
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

        output.ToString().Should().Contain("Skipped README.md: a README, not a seed").And.Contain("Skipped gone.txt: a symbolic link to nothing (dangling)");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
