using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>The real SQLite file: round trip, determinism, schema.</summary>
public class DatabaseTests
{
    private static IngestionPipeline Pipeline => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);

    [Fact]
    public void Editions_read_back_from_sqlite_equal_the_parsed_ones()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        var stored = EditionReader.LoadAll(seeds.DatabasePath);
        stored.Select(e => e.Id).Should().Equal(Seeds.All.Select(e => e.Id));
        foreach (var edition in Seeds.All)
        {
            var back = stored.Single(e => e.Id == edition.Id);
            Outline.Of(back).Should().Equal(Outline.Of(edition));
            back.AllBlocks().Select(b => (b.Block.Anchor, b.Block.Text, b.Block.Html, b.Block.Markup)).Should().Equal(edition.AllBlocks().Select(b => (b.Block.Anchor, b.Block.Text, b.Block.Html, b.Block.Markup)));
            back.Authors.Should().Equal(edition.Authors);
            back.Repairs.Should().Equal(edition.Repairs);
            back.Title.Should().Be(edition.Title);
            back.Published.Should().Be(edition.Published);
        }
    }

    [Fact]
    public void Ingesting_the_same_seeds_twice_gives_identical_ids_slugs_and_anchors()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        var first = Snapshot(seeds.DatabasePath);
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Snapshot(seeds.DatabasePath).Should().Equal(first);
        first.Should().Contain("2026-02-05|regional-relations/china|p9");
    }

    [Fact]
    public void Foreign_keys_hold_and_every_migration_is_recorded()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath);
        connection.Query("PRAGMA foreign_key_check").Should().BeEmpty();
        connection.Query<string>("SELECT name FROM schema_migration ORDER BY name").Should().Equal(Migrator.Names);
        connection.ExecuteScalar<string>("SELECT seeds_fingerprint FROM ingestion").Should().Be(SeedFingerprint.Compute(seeds.SeedsPath));
    }

    [Fact]
    public void Full_text_index_finds_futenma_in_2018_and_2026()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        using var connection = Database.Open(seeds.DatabasePath);
        connection.Query<string>("SELECT DISTINCT edition_slug FROM search_index WHERE search_index MATCH @q ORDER BY edition_slug", new { q = "Futenma" })
            .Should().Equal("2018", "2026-02-05");
    }

    private static List<string> Snapshot(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return connection.Query<string>(
            """
            SELECT e.slug || '|' || s.path || '|' || b.anchor
            FROM block b JOIN section s ON s.id = b.section_id JOIN edition e ON e.id = b.edition_id
            ORDER BY e.slug, b.ordinal
            """).ToList();
    }
}
