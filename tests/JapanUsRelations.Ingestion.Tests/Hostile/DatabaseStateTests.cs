using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Hostile;

/// <summary>What is at the database path decides whether it is served: only a usable database of this version is.</summary>
public class DatabaseStateTests
{
    [Fact]
    public void A_freshly_ingested_database_is_usable_with_the_seeds_fingerprint()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        var state = DatabaseState.Inspect(seeds.DatabasePath);
        state.Condition.Should().Be(DatabaseCondition.Usable);
        state.Fingerprint.Should().Be(SeedFingerprint.Compute(seeds.SeedsPath));
    }

    [Fact]
    public void A_corrupt_database_file_is_refused_as_corrupt()
    {
        using var seeds = new TempSeeds();
        File.WriteAllText(seeds.DatabasePath, "this is not an SQLite database, just text");
        var state = DatabaseState.Inspect(seeds.DatabasePath);
        state.Condition.Should().Be(DatabaseCondition.Corrupt);
        state.Detail.Should().Contain("SQLite cannot read it");
    }

    [Fact]
    public void A_truncated_database_is_refused_as_corrupt()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        var bytes = File.ReadAllBytes(seeds.DatabasePath);
        File.WriteAllBytes(seeds.DatabasePath, bytes[..(bytes.Length / 3)]);
        DatabaseState.Inspect(seeds.DatabasePath).Condition.Should().Be(DatabaseCondition.Corrupt);
    }

    [Fact]
    public void A_database_from_a_newer_schema_is_refused_naming_the_unknown_migration()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using (var connection = Database.Open(seeds.DatabasePath, readOnly: false))
        {
            connection.Execute("INSERT INTO schema_migration (name, applied_at) VALUES ('999_from_the_future.sql', '2030-01-01')");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var state = DatabaseState.Inspect(seeds.DatabasePath);
        state.Condition.Should().Be(DatabaseCondition.NewerSchema);
        state.Detail.Should().Contain("999_from_the_future.sql");
        Database.StoredFingerprint(seeds.DatabasePath).Should().BeNull("a database this version cannot read is never current");
    }

    [Fact]
    public void A_folder_at_the_database_path_is_reported_as_a_folder()
    {
        using var seeds = new TempSeeds();
        Directory.CreateDirectory(seeds.DatabasePath);
        DatabaseState.Inspect(seeds.DatabasePath).Condition.Should().Be(DatabaseCondition.Folder);
    }
}
