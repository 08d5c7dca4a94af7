using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>A database built without the lineage stage (or before migrations 009–011) reads with empty lineage, never an error.</summary>
public class OlderDatabaseLineageTests
{
    [Fact]
    public void Without_the_lineage_stage_every_passage_stands_alone_in_its_edition()
    {
        using var seeds = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds.SeedsPath, seeds.DatabasePath);
        using (var connection = Ingestion.Storage.Database.Open(seeds.DatabasePath, readOnly: false))
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE sentence_link; DROP TABLE passage_link; DROP TABLE section_link; DROP TABLE edition_step";
            drop.ExecuteNonQuery();
        }

        var lineage = new ReadStore(seeds.DatabasePath, NullLogger<ReadStore>.Instance).Lineage;
        lineage.IsAvailable.Should().BeFalse();
        var passage = lineage.Passage("2024-11-05", "p1")!;
        passage.Lineage.Should().BeEmpty();
        passage.FirstSeen.Should().Be("2024-11-05");
        passage.LastSeen.Should().Be("2024-11-05");
        passage.History.Should().ContainSingle().Which.Relation.Should().Be(PassageRelation.New);
        passage.Latest.State.Should().Be(PassageState.Unchanged);
        lineage.Passage("2024-11-05", "p999").Should().BeNull();
        lineage.Sentences("2024-11-05", "p1").Should().BeEmpty();
        lineage.Section("2024-11-05", "overview")!.Columns.Should().ContainSingle().Which.Change.Should().Be(SectionChange.First);
        lineage.Comparison("2024-11-05", "2026-02-05").Should().BeNull();
        lineage.Step("2026-02-05").Should().BeNull();
        lineage.TimelineThrough("2024-11-05").Should().BeEmpty();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
