using FluentAssertions;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>
/// A snapshot keeps answering after re-ingestion renamed a new database over its file: it can open no further
/// connection then (the path holds another build), so a question that held its one connection and read anything
/// lazily through another would wait for itself forever (found by the re-ingest-while-serving test as a request
/// that never answered).
/// </summary>
public sealed class ReplacedFileLineageTests : IDisposable
{
    private readonly TempSeeds _seeds = new();

    [Fact]
    public async Task Lineage_questions_on_a_snapshot_whose_file_was_replaced_answer_from_that_snapshot()
    {
        var ingestion = CorpusIngestion.CreateDefault(NullLoggerFactory.Instance);
        ingestion.Run(_seeds.SeedsPath, _seeds.DatabasePath);
        var old = new ReadStore(_seeds.DatabasePath, NullLogger<ReadStore>.Instance);
        try
        {
            // Re-ingest: a new build is renamed over the file the snapshot opened.
            ingestion.Run(_seeds.SeedsPath, _seeds.DatabasePath);
            Database.BuildIdentity(_seeds.DatabasePath).Should().NotBe(old.Fingerprint, "the path holds another build now");

            var asked = Task.Run(() => (
                Section: old.Lineage.Section("2024-11-05", "overview"),
                Passage: old.Lineage.Passage("2024-11-05", "p9")));
            // A question that waits for a connection it cannot get never ends: WaitAsync gives up (and fails) first.
            var (section, passage) = await asked.WaitAsync(TimeSpan.FromSeconds(60));
            section!.Columns.Select(c => c.EditionId).Should().Contain(["2024-11-05", "2026-02-05"]);
            passage!.Latest.State.Should().Be(PassageState.Removed, "2024's Russia and Ukraine paragraph (p9) is not in the 2026 edition");
        }
        finally
        {
            old.Close();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _seeds.Dispose();
    }
}
